"""Streaming chat over plain http.server, as in a weekend demo without Flask."""
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.request import Request, urlopen

import openai


class ChatHandler(BaseHTTPRequestHandler):
    def log_message(self, format, *args):
        pass

    def do_POST(self):
        length = int(self.headers["Content-Length"])
        payload = json.loads(self.rfile.read(length))
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.end_headers()
        completion = openai.ChatCompletion.create(
            model="gpt-3.5-turbo",
            messages=payload["messages"],
            temperature=0.2,
            stream=True,
        )
        for chunk in completion:
            delta = chunk["choices"][0]["delta"]
            if "content" in delta:
                self.wfile.write(f"data: {json.dumps(delta['content'])}\n\n".encode())
                self.wfile.flush()
        self.wfile.write(b"data: [DONE]\n\n")


def main():
    server = ThreadingHTTPServer(("127.0.0.1", 0), ChatHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    body = json.dumps({"messages": [{"role": "user", "content": "Say hi to the team"}]}).encode()
    request = Request(url, data=body, headers={"Content-Type": "application/json"})
    pieces = []
    with urlopen(request) as resp:
        for raw in resp:
            line = raw.decode().strip()
            if not line.startswith("data: "):
                continue
            data = line[len("data: "):]
            if data == "[DONE]":
                break
            pieces.append(json.loads(data))
    server.shutdown()
    print(len(pieces), "events")
    print("".join(pieces))


if __name__ == "__main__":
    main()
