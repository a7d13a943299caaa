// The output panel: the program's standard output and error, and how the run
// ended. Traceback lines that name a line of the program become buttons that
// move the editor there. Program output is always text, never HTML.

import { h, replace } from "./dom.js";

const TRACE_LINE = /^(\s*File "([^"]*)", line (\d+))(.*)$/;

export class Output {
  /** @param {{onLine: (line: number) => void, file?: string}} opts */
  constructor(opts) {
    this.onLine = opts.onLine;
    this.file = opts.file || "main.py";
    this.status = h("p", { class: "run-status", "aria-live": "polite" });
    this.pre = h("pre", { class: "output-text", "data-testid": "output", tabindex: "0", "aria-label": "Program output" });
    this.el = h("section", { class: "output-panel", "aria-label": "Output" },
      h("div", { class: "panel-head" }, h("h3", { class: "panel-title", text: "Output" })),
      this.status, this.pre);
    this.clear();
  }

  clear() {
    this.status.textContent = "";
    this.status.className = "run-status";
    replace(this.pre);
    this.pre.classList.add("is-empty");
  }

  /** Shows a status line: kind is ok | error | deadlock | info | busy. */
  setStatus(text, kind = "info") {
    this.status.className = `run-status status-${kind}`;
    this.status.textContent = text;
  }

  /** Shows stdout and stderr (stderr marked, traceback lines linked). */
  show(stdout, stderr) {
    const nodes = [];
    if (stdout) nodes.push(h("span", { class: "stdout", text: stdout }));
    if (stderr) {
      const err = h("span", { class: "stderr" });
      const lines = stderr.split("\n");
      lines.forEach((line, i) => {
        const m = TRACE_LINE.exec(line);
        if (m && (m[2] === this.file || m[2] === "<string>")) {
          const n = Number(m[3]);
          err.append(h("button", { type: "button", class: "trace-link", title: `Go to line ${n}`, on: { click: () => this.onLine(n) } }, m[1]), m[4]);
        } else {
          err.append(line);
        }
        if (i < lines.length - 1) err.append("\n");
      });
      if (stdout && !stdout.endsWith("\n")) nodes.push("\n");
      nodes.push(err);
    }
    replace(this.pre, nodes);
    this.pre.classList.toggle("is-empty", !stdout && !stderr);
  }
}
