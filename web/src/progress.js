// The learner's progress, kept in localStorage beside the other preferences:
// lesson pages record a visit (markVisited); challenge.js records each
// reached goal as "done:<lesson>/<index>". The index page (showProgress)
// shows, for each lesson of its list, whether it was visited and how many of
// its challenges are done (data-lesson, data-challenges on each item), a
// one-line total, and points its main button at the first unfinished lesson.
// Progress is text, never colour alone.

import { loadPref, savePref } from "./storage.js";

/** Records that the learner opened a lesson. */
export function markVisited(lessonName) {
  if (lessonName) savePref(`visited:${lessonName}`, true);
}

/** The progress of one lesson: {visited, done, total}. */
export function lessonProgress(lessonName, challenges) {
  let done = 0;
  for (let i = 0; i < challenges; i++) if (loadPref(`done:${lessonName}/${i}`, false)) done++;
  return { visited: !!loadPref(`visited:${lessonName}`, false) || done > 0, done, total: challenges };
}

/** The words for a lesson's progress, e.g. "Visited · 1 of 2 challenges done". */
export function describe(p) {
  if (!p.visited) return "";
  if (p.total === 0) return "✓ Visited";
  if (p.done === p.total) return `✓ Done · ${p.total === 1 ? "the challenge" : `all ${p.total} challenges`} reached`;
  return `Visited · ${p.done} of ${p.total} challenge${p.total === 1 ? "" : "s"} done`;
}

/** Fills in the index page's lesson list. */
export function showProgress(doc = document) {
  const items = [...doc.querySelectorAll(".lesson-list li[data-lesson]")];
  if (!items.length) return;
  let visited = 0;
  let done = 0;
  let total = 0;
  let next = null;
  for (const li of items) {
    const p = lessonProgress(li.dataset.lesson, Number(li.dataset.challenges) || 0);
    visited += p.visited ? 1 : 0;
    done += p.done;
    total += p.total;
    const complete = p.visited && p.done === p.total;
    if (!complete && !next) next = li;
    li.classList.toggle("is-visited", p.visited);
    li.classList.toggle("is-complete", complete);
    const slot = li.querySelector(".lesson-progress");
    if (slot) slot.textContent = describe(p);
  }
  if (!visited) return;
  const summary = doc.getElementById("progress-summary");
  if (summary) {
    summary.textContent = `Your progress: ${visited} of ${items.length} lessons visited, ${done} of ${total} challenges done.`;
    summary.hidden = false;
  }
  const start = doc.querySelector(".hero-actions .primary");
  const link = next && next.querySelector("a");
  if (start && link) {
    start.href = link.getAttribute("href");
    const title = next.querySelector(".lesson-title");
    start.textContent = `Continue: ${title ? title.textContent : "next lesson"}`;
  }
}
