// The page's side of the core: owns the Web Worker that runs the wasm core,
// queues requests (the worker answers one at a time), relays progress, and
// makes Stop always work by terminating a busy worker and starting a fresh
// one. See docs/protocol.md.

/** Raised (as a rejection) for a request that Stop or Cancel ended. */
export class Stopped extends Error {
  constructor(message = "stopped") {
    super(message);
    this.name = "Stopped";
  }
}

/** Raised for a queued request that a newer request with the same key replaced. */
export class Superseded extends Error {
  constructor() {
    super("superseded");
    this.name = "Superseded";
  }
}

const GRACE_MS = 1500; // how long a graceful cancel may take before the worker is terminated

export class Core {
  /**
   * @param {{worker: string, wasm: string, wasmExec: string}} urls absolute or page-relative URLs
   */
  constructor(urls) {
    this.urls = {
      worker: new URL(urls.worker, document.baseURI).href,
      wasm: new URL(urls.wasm, document.baseURI).href,
      wasmExec: new URL(urls.wasmExec, document.baseURI).href,
    };
    this.state = "loading"; // loading | ready | busy | failed
    this.error = "";
    this.listeners = new Set();
    this.queue = [];
    this.current = null;
    this.nextId = 1;
    this.worker = null;
    this.module = null;
    // With cross-origin isolation the worker can poll a shared flag and end an
    // exploration gracefully, keeping what it found.
    this.cancel = self.crossOriginIsolated && typeof SharedArrayBuffer === "function" ? new Int32Array(new SharedArrayBuffer(4)) : null;
    this.modulePromise = this.compile();
    this.start();
  }

  /** Subscribes to state changes; returns an unsubscribe function. */
  subscribe(fn) {
    this.listeners.add(fn);
    fn(this.state, this.error);
    return () => this.listeners.delete(fn);
  }

  setState(state, error = "") {
    this.state = state;
    this.error = error;
    for (const fn of this.listeners) fn(state, error);
  }

  async compile() {
    try {
      performance.mark("lockstep:compile-start");
      let module;
      if (WebAssembly.compileStreaming) {
        module = await WebAssembly.compileStreaming(fetch(this.urls.wasm, { credentials: "same-origin" }));
      } else {
        const bytes = await (await fetch(this.urls.wasm)).arrayBuffer();
        module = await WebAssembly.compile(bytes);
      }
      performance.mark("lockstep:compiled");
      return module;
    } catch (err) {
      // The worker can still fetch and compile it itself.
      console.warn("lockstep: compiling the core in the page failed:", err);
      return null;
    }
  }

  start() {
    performance.mark("lockstep:worker-start");
    const w = new Worker(this.urls.worker, { name: "lockstep-core" });
    this.worker = w;
    this.ready = false;
    w.onmessage = (e) => this.onMessage(w, e.data);
    w.onerror = (e) => {
      e.preventDefault();
      if (w === this.worker) this.fatal(e.message || "the worker failed to start");
    };
    this.modulePromise.then((module) => {
      if (w !== this.worker) return;
      const msg = { type: "init", wasmExec: this.urls.wasmExec, wasm: this.urls.wasm, module, cancel: this.cancel ? this.cancel.buffer : null };
      try {
        w.postMessage(msg);
      } catch {
        // A browser that cannot send a compiled module: let the worker compile.
        msg.module = null;
        w.postMessage(msg);
      }
    });
  }

  fatal(message) {
    this.setState("failed", message);
    const pending = this.current ? [this.current, ...this.queue] : this.queue;
    this.current = null;
    this.queue = [];
    for (const r of pending) r.reject(new Error("the core could not start: " + message));
  }

  onMessage(w, msg) {
    if (w !== this.worker || !msg) return;
    switch (msg.type) {
      case "ready":
        performance.mark("lockstep:ready");
        this.timing = msg.timing;
        this.ready = true;
        this.setState(this.current ? "busy" : "ready");
        this.pump();
        break;
      case "fatal":
        this.fatal(msg.message);
        break;
      case "progress":
        if (this.current && this.current.id === msg.id && this.current.onProgress) this.current.onProgress(msg.report);
        break;
      case "response":
        if (this.current && this.current.id === msg.id) {
          const r = this.current;
          this.current = null;
          clearTimeout(r.graceTimer);
          r.resolve(msg.response);
          this.setState("ready");
          this.pump();
        }
        break;
    }
  }

  /**
   * Sends one request. Resolves with the core's JSON answer; rejects with
   * Stopped when stopped, Superseded when a newer request with the same key
   * replaced it in the queue.
   * @param {object} request a request of docs/protocol.md
   * @param {{onProgress?: (report: object) => void, key?: string, owner?: any}} options
   */
  request(request, options = {}) {
    return new Promise((resolve, reject) => {
      if (this.state === "failed") {
        reject(new Error("the core could not start: " + this.error));
        return;
      }
      if (options.key) {
        this.queue = this.queue.filter((r) => {
          if (r.key !== options.key) return true;
          r.reject(new Superseded());
          return false;
        });
      }
      const id = this.nextId++;
      this.queue.push({ id, request, resolve, reject, onProgress: options.onProgress, key: options.key, owner: options.owner });
      this.pump();
    });
  }

  pump() {
    if (this.current || !this.ready || this.queue.length === 0) return;
    const r = this.queue.shift();
    this.current = r;
    if (this.cancel) Atomics.store(this.cancel, 0, 0);
    this.setState("busy");
    this.worker.postMessage({ type: "request", id: r.id, request: r.request });
  }

  /** Whether a request of this owner is running or queued. */
  busyFor(owner) {
    return (this.current && this.current.owner === owner) || this.queue.some((r) => r.owner === owner);
  }

  /**
   * Stops the owner's requests (all requests without an owner). A running
   * one ends at once: the worker is terminated and a fresh one started.
   */
  stop(owner) {
    this.queue = this.queue.filter((r) => {
      if (owner !== undefined && r.owner !== owner) return true;
      r.reject(new Stopped());
      return false;
    });
    if (this.current && (owner === undefined || this.current.owner === owner)) {
      const r = this.current;
      this.current = null;
      clearTimeout(r.graceTimer);
      r.reject(new Stopped());
      this.restart();
    }
  }

  /**
   * Cancels the owner's running request gracefully when it can (an
   * exploration then answers with what it found so far); if the core does not
   * answer within a moment, or cannot be asked, it is stopped.
   */
  cancelGracefully(owner) {
    const r = this.current;
    if (!r || r.owner !== owner || !this.cancel) {
      this.stop(owner);
      return;
    }
    Atomics.store(this.cancel, 0, r.id);
    r.graceTimer = setTimeout(() => {
      if (this.current === r) this.stop(owner);
    }, GRACE_MS);
  }

  restart() {
    if (this.worker) this.worker.terminate();
    this.setState("loading");
    this.start();
  }
}
