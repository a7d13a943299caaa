// A stand-in for the core's worker, used only by the page tests
// (tools/site/e2e_test.go serves it instead of the real worker): it speaks
// the protocol of docs/protocol.md and simulates one program, the unlocked
// balance race (Main starts T1 (+100) and T2 (-100), joins them, prints the
// balance), so that the page can be tested before and independently of the
// real core. A source containing "while True" loops forever (to test Stop);
// one containing "= =" is a syntax error. Never part of dist/.

let seedState = 1;
function rand() {
  // mulberry32
  seedState |= 0;
  seedState = (seedState + 0x6d2b79f5) | 0;
  let t = Math.imul(seedState ^ (seedState >>> 15), 1 | seedState);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

const MAIN = ["start t1", "start t2", "join t1", "join t2", "print"];
const WORKER = ["read", "write"];
const LINES = { "start t1": 11, "start t2": 12, "join t1": 13, "join t2": 14, print: 15, read: 7, write: 7 };

function newState() {
  return {
    balance: 0,
    step: 0,
    pc: [0, -1, -1], // -1: not started
    local: [0, 0, 0],
    delta: [0, 100, -100],
    done: [false, false, false],
    stdout: "",
    events: [],
    states: [[[1, "running"]], [], []],
    created: [0, 0, 0],
    ended: [0, 0, 0],
    joinBlocked: -1,
  };
}

function label(t) {
  return t === 0 ? "Main" : "T" + t;
}

function nextAction(s, t) {
  if (s.done[t] || s.pc[t] < 0) return null;
  return t === 0 ? MAIN[s.pc[t]] : WORKER[s.pc[t]];
}

function enabled(s, t) {
  const a = nextAction(s, t);
  if (!a) return false;
  if (a === "join t1") return s.done[1];
  if (a === "join t2") return s.done[2];
  return true;
}

function nextText(s, t) {
  const a = nextAction(s, t);
  if (a === "read") return "read balance";
  if (a === "write") return `write balance ← ${s.local[t] + s.delta[t]}`;
  if (a === "print") return "read balance, print";
  return a ? a.replace("t1", "T1").replace("t2", "T2") : "";
}

function setState(s, t, step, st) {
  const list = s.states[t];
  if (list.length && list[list.length - 1][1] === st) return;
  if (list.length && list[list.length - 1][0] === step) list[list.length - 1][1] = st;
  else list.push([step, st]);
}

function doStep(s, t) {
  s.step += 1;
  const step = s.step;
  const a = nextAction(s, t);
  const ev = (kind, extra) => s.events.push({ step, thread: t, kind, line: LINES[a], col: 5, time: 0, ...extra });
  switch (a) {
    case "start t1":
    case "start t2": {
      const c = a === "start t1" ? 1 : 2;
      s.pc[c] = 0;
      s.created[c] = step;
      ev("start", { target: label(c), text: `Main starts ${label(c)}` });
      setState(s, c, step, "runnable");
      break;
    }
    case "join t1":
    case "join t2":
      ev("join", { target: a.slice(5).toUpperCase(), text: `Main joins ${a.slice(5).toUpperCase()}` });
      break;
    case "read":
      s.local[t] = s.balance;
      ev("read", { target: "balance", value: String(s.balance), text: `${label(t)} reads balance → ${s.balance}` });
      break;
    case "write":
      s.balance = s.local[t] + s.delta[t];
      ev("write", { target: "balance", value: String(s.balance), write: true, text: `${label(t)} writes balance ← ${s.balance}` });
      break;
    case "print":
      s.stdout += s.balance + "\n";
      ev("print", { value: String(s.balance), text: `Main prints ${s.balance}` });
      break;
  }
  s.pc[t] += 1;
  const max = t === 0 ? MAIN.length : WORKER.length;
  if (s.pc[t] >= max) {
    s.done[t] = true;
    s.ended[t] = step;
  }
  // States from this step on.
  for (let u = 0; u < 3; u++) {
    if (s.pc[u] < 0 && !s.done[u]) continue;
    if (u === t) setState(s, u, step, "running");
    else if (s.done[u]) setState(s, u, step, "done");
    else if (!enabled(s, u)) setState(s, u, step, "waiting");
    else setState(s, u, step, "runnable");
  }
  // Wake Main when the thread it joins ends.
  if (s.done[t] && t !== 0) {
    const a0 = nextAction(s, 0);
    if (a0 === `join t${t}`) s.events.push({ step, thread: 0, kind: "wake", cause: step, line: LINES[a0], col: 1, time: 0, text: `${label(t)} ends: Main wakes` });
  }
  if (s.done[t]) {
    s.events.push({ step, thread: t, kind: "exit", line: 0, time: 0, text: `${label(t)} ends` });
  }
}

function finishStates(s) {
  // The state after the last step holds for the next step too.
  for (let u = 0; u < 3; u++) {
    if (s.done[u]) setState(s, u, s.step + 1, "done");
  }
}

function trace(s, extra) {
  const threads = [0, 1, 2].filter((u) => u === 0 || s.created[u]).map((u) => ({
    id: u, label: label(u), name: u === 0 ? "MainThread" : `Thread-${u} (change)`, daemon: false,
    created: s.created[u], ended: s.ended[u] || null, states: s.states[u],
  }));
  const finished = s.done[0];
  return {
    type: "trace", version: 1, status: "ok", exitCode: 0, stdout: s.stdout, stderr: "",
    steps: s.step, time: 0, truncated: false, threads, events: s.events, error: null, deadlock: null,
    message: finished ? `The program finished after ${s.step} steps.` : "",
    schedule: s.schedule.join(""),
    ...extra,
  };
}

function snapshot(s) {
  return {
    step: s.step, time: 0,
    threads: [0, 1, 2].filter((u) => u === 0 || s.created[u]).map((u) => ({
      id: u, label: label(u), name: u === 0 ? "MainThread" : `Thread-${u} (change)`,
      state: s.done[u] ? "done" : enabled(s, u) ? "runnable" : "waiting",
      line: s.done[u] ? null : LINES[nextAction(s, u)], waitsFor: s.done[u] || enabled(s, u) ? null : "join", next: nextText(s, u),
    })),
    variables: [{ name: "balance", value: String(s.balance) }],
    primitives: [],
  };
}

function runWith(choose, limit = Infinity) {
  const s = newState();
  s.schedule = [];
  while (!s.done[0] && s.step < limit) {
    const cands = [0, 1, 2].filter((u) => enabled(s, u));
    const t = choose(cands, s);
    if (t === undefined || !cands.includes(t)) break;
    s.schedule.push(t);
    doStep(s, t);
  }
  finishStates(s);
  return s;
}

function syntaxError(source) {
  const lines = source.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const col = lines[i].indexOf("= =");
    if (col >= 0) {
      return {
        type: "trace", version: 1, status: "error", exitCode: 1, stdout: "", stderr: "", steps: 0, threads: [], events: [],
        error: { type: "SyntaxError", message: "invalid syntax", line: i + 1, col: col + 3, text: `  File "main.py", line ${i + 1}\n    ${lines[i].trim()}\nSyntaxError: invalid syntax` },
        message: "SyntaxError: invalid syntax",
      };
    }
  }
  return null;
}

function handle(req, progress) {
  const bad = syntaxError(req.source || "");
  if (bad) return bad;
  if (/while True/.test(req.source || "")) for (;;) { /* the program never ends */ }
  const replay = (sched) => {
    let i = 0;
    return (cands) => (i < sched.length ? Number(sched[i++]) : cands[0]);
  };
  switch (req.type) {
    case "run": {
      if (req.schedule) return trace(runWith(replay(req.schedule)), { policy: "replay" });
      seedState = req.seed || 1;
      return trace(runWith((c) => c[Math.floor(rand() * c.length)]), { seed: req.seed, policy: req.policy || "random" });
    }
    case "step": {
      const choices = req.choices || [];
      let i = 0;
      const s = runWith((c) => (i < choices.length ? choices[i++] : undefined));
      const runnable = [0, 1, 2].filter((u) => nextAction(s, u)).map((u) => ({
        thread: u, label: label(u), next: nextText(s, u), enabled: enabled(s, u),
        reason: enabled(s, u) ? undefined : `waits for ${nextAction(s, u).slice(5).toUpperCase()} to end`,
      }));
      return trace(s, { policy: "manual", paused: !s.done[0], runnable, snapshot: snapshot(s) });
    }
    case "snapshot": {
      const s = runWith(replay(req.schedule), req.step);
      return { type: "snapshot", ...snapshot(s) };
    }
    case "explore": {
      const outcomes = new Map();
      let executions = 0;
      const dfs = (prefix) => {
        let i = 0;
        let branch = null;
        const s = runWith((c) => {
          if (i < prefix.length) return prefix[i++];
          if (!branch) branch = { at: i, cands: c };
          i++;
          return c[0];
        });
        executions++;
        const key = s.stdout;
        const o = outcomes.get(key) || { status: "ok", stdout: s.stdout, stderr: "", count: 0, schedule: s.schedule.join("") };
        o.count++;
        outcomes.set(key, o);
        if (progress && !progress({ type: "progress", executions, outcomes: outcomes.size })) throw new Error("cancelled");
        // Enumerate the alternatives at every choice point after the prefix.
        const sched = s.schedule;
        for (let k = prefix.length; k < sched.length; k++) {
          const replayTo = sched.slice(0, k);
          const st = runWith(replay(replayTo), k);
          const cands = [0, 1, 2].filter((u) => enabled(st, u));
          for (const alt of cands) if (alt !== sched[k]) dfs([...replayTo, alt]);
        }
      };
      let complete = true;
      try {
        dfs([]);
      } catch {
        complete = false;
      }
      return { type: "explored", complete, executions, outcomes: [...outcomes.values()].sort((a, b) => Number(a.stdout) - Number(b.stdout)) };
    }
  }
  return { type: "error", message: "unknown request " + req.type };
}

let cancel = null;
self.onmessage = (e) => {
  const msg = e.data;
  if (msg.type === "init") {
    if (msg.cancel) cancel = new Int32Array(msg.cancel);
    setTimeout(() => self.postMessage({ type: "ready" }), 20);
    return;
  }
  if (msg.type === "request") {
    let response;
    try {
      response = handle(msg.request, (report) => {
        self.postMessage({ type: "progress", id: msg.id, report });
        return !(cancel && Atomics.load(cancel, 0) === msg.id);
      });
    } catch (err) {
      response = { type: "error", message: String(err) };
    }
    self.postMessage({ type: "response", id: msg.id, response });
  }
};
