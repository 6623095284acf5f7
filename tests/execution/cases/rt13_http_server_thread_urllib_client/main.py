import json
import threading
import urllib.request
from http.server import BaseHTTPRequestHandler, HTTPServer

import openai


class ChatHandler(BaseHTTPRequestHandler):
    def log_message(self, format, *args):
        pass

    def do_POST(self):
        length = int(self.headers.get("Content-Length", 0))
        body = json.loads(self.rfile.read(length) or b"{}")
        try:
            response = openai.ChatCompletion.create(
                model="gpt-3.5-turbo",
                messages=[{"role": "user", "content": body.get("message", "")}],
            )
            status = 200
            payload = {"reply": response["choices"][0]["message"]["content"],
                       "usage": response["usage"]}
        except openai.error.OpenAIError as e:
            status = 502
            payload = {"error": type(e).__name__}
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def main():
    server = HTTPServer(("127.0.0.1", 0), ChatHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/chat"
    for message in ["hi there", "what's up"]:
        req = urllib.request.Request(url, data=json.dumps({"message": message}).encode(),
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req) as resp:
            print(resp.status, json.loads(resp.read()))
    server.shutdown()


if __name__ == "__main__":
    main()
