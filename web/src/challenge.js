// Challenge boxes: each states a goal for one scenario (data-challenge-for,
// data-kind, data-goal; see tools/internal/lesson). A pane reports every
// answer with a bubbling "lockstep:result" event; this module checks the
// answers against the goals and marks a reached goal (and remembers it).
//
// kind=step: a run scheduled by hand (Step mode) ends with a goal outcome.
// kind=code: Explore (complete) finds a goal outcome, or with "only ..."
// every outcome it finds is a goal outcome.

import { loadPref, savePref } from "./storage.js";

/** Parses "only ok:0; deadlock" into {only, outcomes: [{status, output?}]}. */
export function parseGoal(text) {
  let s = String(text || "").trim();
  const only = s.startsWith("only ");
  if (only) s = s.slice(5);
  const parts = [];
  let cur = "";
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "\\" && i + 1 < s.length) {
      cur += s[i] + s[i + 1];
      i++;
    } else if (s[i] === ";") {
      parts.push(cur);
      cur = "";
    } else cur += s[i];
  }
  parts.push(cur);
  const outcomes = parts.map((p) => p.trim()).filter(Boolean).map((p) => {
    const c = p.indexOf(":");
    if (c < 0) return { status: p };
    const output = p.slice(c + 1).trim().replace(/\\(n|;|\\)/g, (_, x) => (x === "n" ? "\n" : x));
    return { status: p.slice(0, c).trim(), output };
  });
  return { only, outcomes };
}

/** Whether a run (status, stdout, stderr) has the outcome. */
export function matches(o, status, stdout, stderr) {
  if (o.status !== status) return false;
  if (o.output === undefined) return true;
  if (status === "error") {
    const last = String(stderr || "").trim().split("\n").pop().trim();
    return last.startsWith(o.output);
  }
  return String(stdout || "").trim() === o.output;
}

/** Connects the page's challenge boxes to its panes. */
export function watchChallenges(lessonName) {
  const boxes = [...document.querySelectorAll(".challenge[data-challenge-for]")];
  boxes.forEach((box, i) => {
    const key = `done:${lessonName}/${i}`;
    const goal = parseGoal(box.dataset.goal);
    const status = box.querySelector(".challenge-status");
    const done = (how) => {
      box.classList.add("is-done");
      if (status) status.textContent = "✓ Goal reached" + (how ? ": " + how : ".");
    };
    if (loadPref(key, false)) done("");
    document.addEventListener("lockstep:result", (e) => {
      const pane = e.target.closest ? e.target.closest("[data-scenario]") : null;
      if (!pane || pane.dataset.scenario !== box.dataset.challengeFor) return;
      const d = e.detail || {};
      let reached = false;
      let how = "";
      if (box.dataset.kind === "step" && d.mode === "step" && d.trace && d.trace.paused === false) {
        reached = goal.outcomes.some((o) => matches(o, d.trace.status, d.trace.stdout, d.trace.stderr));
        how = "you scheduled the threads by hand.";
      } else if (box.dataset.kind === "code" && d.mode === "explore" && d.explored && d.explored.complete) {
        const outs = d.explored.outcomes || [];
        const ok = (x) => goal.outcomes.some((o) => matches(o, x.status, x.stdout, x.stderr));
        reached = goal.only ? outs.length > 0 && outs.every(ok) : outs.some(ok);
        how = goal.only ? "every possible outcome is a goal outcome." : "Explore found it.";
      }
      if (reached) {
        savePref(key, true);
        done(how);
      }
    });
  });
}
