// The web client's OpenAI calls, still on openai-node v3.
import { Configuration, OpenAIApi } from "openai";

const configuration = new Configuration({ apiKey: process.env.OPENAI_API_KEY });
const openai = new OpenAIApi(configuration);

export const CHAT_MODEL = process.env.CHAT_MODEL ?? "gpt-4-32k";

export async function suggest(question: string): Promise<string> {
  const response = await openai.createChatCompletion({
    model: CHAT_MODEL,
    messages: [{ role: "user", content: question }],
  });
  return response.data.choices[0].message?.content ?? "";
}

export async function complete(prompt: string): Promise<string> {
  // text-davinci-003 was the model here.
  const response = await openai.createCompletion({ model: "text-davinci-003", prompt });
  return response.data.choices[0].text ?? "";
}
