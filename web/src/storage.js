// Saves each scenario's edited code in localStorage so that edits survive
// reloads. Storage may be unavailable (private modes, quotas): every access
// is guarded and failure only means "not saved".

const PREFIX = "lockstep:v1:code:";

function storage() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The storage key of a scenario: the page's name and the scenario's id. */
export function scenarioKey(page, id) {
  return `${page}/${id}`;
}

/** Returns the saved code of a scenario, or null. */
export function loadCode(key) {
  const s = storage();
  if (!s) return null;
  try {
    return s.getItem(PREFIX + key);
  } catch {
    return null;
  }
}

/** Saves code; null removes the saved copy. Returns whether it was saved. */
export function saveCode(key, code) {
  const s = storage();
  if (!s) return false;
  try {
    if (code === null) s.removeItem(PREFIX + key);
    else s.setItem(PREFIX + key, code);
    return true;
  } catch {
    return false;
  }
}

/** Loads a small preference (JSON), or the fallback. */
export function loadPref(name, fallback) {
  const s = storage();
  try {
    const v = s && s.getItem("lockstep:v1:pref:" + name);
    return v === null || v === undefined ? fallback : JSON.parse(v);
  } catch {
    return fallback;
  }
}

/** Saves a small preference (JSON). */
export function savePref(name, value) {
  const s = storage();
  try {
    if (s) s.setItem("lockstep:v1:pref:" + name, JSON.stringify(value));
  } catch {
    // not saved
  }
}
