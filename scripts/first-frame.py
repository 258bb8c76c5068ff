#!/usr/bin/env python3
"""Time from start to the first frame of byline on a file, in a pseudo-terminal.

usage: scripts/first-frame.py FILE [RUNS=7]   (run from the repository, after cargo build --release)
Prints the median time until the file's first words appear on the screen."""
import os, pty, select, statistics, sys, time, signal, fcntl, termios, struct

path = sys.argv[1]
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 7
with open(path, encoding="utf-8") as f:
    # (Markdown's own marks, `# ` or `> `, are not drawn.)
    first_words = next(line for line in f if line.strip("#>*- \n")).lstrip("#>*- ").split()[0].encode()
times = []
for _ in range(runs):
    t0 = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["TERM"] = "xterm-256color"
        os.execv("target/release/byline", ["byline", "--no-state", path])
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    os.kill(pid, signal.SIGWINCH)
    seen = b""
    while True:
        r, _, _ = select.select([fd], [], [], 10)
        if not r:
            break
        try:
            seen += os.read(fd, 65536)
        except OSError:
            break
        if first_words in seen:
            times.append(time.perf_counter() - t0)
            break
    os.kill(pid, signal.SIGTERM)
    os.waitpid(pid, 0)
    os.close(fd)
print(f"first frame of {path}: median {statistics.median(times) * 1000:.0f} ms over {len(times)} runs")
