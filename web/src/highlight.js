// Static syntax highlighting for the code listings in the lesson text (the
// scenario cards), with the same token classes as the editor. Built with DOM
// text nodes only.

import { highlightCode, classHighlighter } from "@lezer/highlight";
import { parser } from "@lezer/python";

/** Highlights the Python code of each card in place. */
export function highlightCards(cards) {
  for (const card of cards) {
    const code = card.querySelector("pre.scenario-source code");
    if (!code || !code.textContent) continue;
    const text = code.textContent;
    const frag = document.createDocumentFragment();
    try {
      highlightCode(text, parser.parse(text), classHighlighter,
        (t, classes) => {
          if (!classes) frag.append(t);
          else {
            const span = document.createElement("span");
            span.className = classes;
            span.textContent = t;
            frag.append(span);
          }
        },
        () => frag.append("\n"));
    } catch {
      continue;
    }
    code.replaceChildren(frag);
  }
}
