// Thread identity: labels and colours shared by the timeline, the editor's
// line markers, the scheduler buttons and the state panel. Colours come from
// Paul Tol's colour-blind-safe palettes; labels (Main, T1, T2, ...) always
// accompany them, so colour is never the only cue.

const COLOURS = ["#5f6b7a", "#0077bb", "#009988", "#aa3377", "#332288", "#999933", "#882255", "#44aa99", "#117733", "#cc6677"];
const COLOURS_DARK = ["#a9b4c2", "#4fa8e8", "#33bbaa", "#e07bb5", "#9d8ce6", "#cccc66", "#d77ca0", "#77ccbb", "#55bb77", "#ee99aa"];

const dark = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;

/** Whether the page is dark: embed.html?theme= (html[data-theme]) overrides the preference. */
function isDark() {
  const forced = document.documentElement.dataset.theme;
  if (forced === "dark" || forced === "light") return forced === "dark";
  return !!(dark && dark.matches);
}

/** The colour of thread id (0 is the main thread), as style.css's --t0…--t9. */
export function threadColour(id) {
  const palette = isDark() ? COLOURS_DARK : COLOURS;
  return palette[id % palette.length];
}

/** The CSS class carrying a thread's colour (see style.css). */
export function threadClass(id) {
  return `thread-c${id % COLOURS.length}`;
}

/** The short label of thread id. */
export function threadLabel(trace, id) {
  const t = trace && trace.threads && trace.threads.find((x) => x.id === id);
  if (t && t.label) return t.label;
  return id === 0 ? "Main" : `T${id}`;
}

/** Calls fn when the colour scheme changes. */
export function onSchemeChange(fn) {
  if (dark && dark.addEventListener) dark.addEventListener("change", fn);
}
