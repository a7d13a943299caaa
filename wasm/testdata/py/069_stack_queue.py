# Stacks and queues with lists: balanced brackets, RPN evaluation, BFS on a grid, queue via two stacks
def balanced(s):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in s:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack
for s in ["()", "([]{})", "(]", "((())", "{[()()]}", "", "}{"]:
    print(repr(s), balanced(s))
def rpn(expr):
    stack = []
    for tok in expr.split():
        if tok in "+-*/":
            b, a = stack.pop(), stack.pop()
            stack.append({"+": a + b, "-": a - b, "*": a * b, "/": a / b}[tok])
        else:
            stack.append(int(tok))
    return stack.pop()
print(rpn("3 4 + 2 *"), rpn("5 1 2 + 4 * + 3 -"), rpn("2 3 4 * +"), rpn("10 4 /"))
maze = ["S.#.....",
        ".##.###.",
        "....#...",
        ".##...#E"]
def bfs(maze):
    rows, cols = len(maze), len(maze[0])
    start = next((r, c) for r in range(rows) for c in range(cols) if maze[r][c] == "S")
    queue = [(start, 0)]
    seen = {start}
    head = 0
    while head < len(queue):
        (r, c), d = queue[head]
        head += 1
        if maze[r][c] == "E":
            return d, len(seen)
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and maze[nr][nc] != "#" and (nr, nc) not in seen:
                seen.add((nr, nc))
                queue.append(((nr, nc), d + 1))
    return None
print("shortest path, cells visited:", bfs(maze))
class TwoStackQueue:
    def __init__(self):
        self.inbox, self.outbox = [], []
    def put(self, v):
        self.inbox.append(v)
    def get(self):
        if not self.outbox:
            while self.inbox:
                self.outbox.append(self.inbox.pop())
        return self.outbox.pop()
q = TwoStackQueue()
for i in range(5):
    q.put(i)
out = [q.get(), q.get()]
q.put(99)
out += [q.get() for _ in range(4)]
print(out)
stack = []
stack.append("a"); stack.append("b"); stack.append("c")
print(stack.pop(), stack[-1], stack)
fifo = ["x", "y", "z"]
print(fifo.pop(0), fifo)
history = []
for cmd in ["open", "edit", "save", "undo", "undo", "close"]:
    if cmd == "undo":
        print("undo", history.pop())
    else:
        history.append(cmd)
print(history)
