"use strict";
// The trace page: replays the kept events (docs/trace.md) to draw step N: the event,
// the source with its line, every generator's frame (running ones linked under their
// callers, suspended ones unlinked and greyed, yield-from chains stacked) and a
// timeline with one lane per generator. `?step=N` opens at step N; `?keys=a,b,...`
// replays key presses (right, left, home, end) after loading, to test the page headless.
(function () {
  const DATA = JSON.parse(document.getElementById("trace-data").textContent);
  const EVENTS = DATA.events;
  const N = EVENTS.length;
  const SOURCES = new Map(DATA.sources.map(s => [s.file, splitLines(s.text)]));
  const PROGRAM = "(program)";
  const FINISHED_SHOWN = 12;

  const KINDS = {
    created: ["+", "calling a generator function makes the generator and its frame; none of the body runs yet"],
    resumed: ["\u25B6", "next(), send(), throw(), close(), a for loop or a yield from runs the frame on from where it stopped, linked above its caller"],
    yielded: ["\u2016", "the frame hands a value to its resumer and is suspended: unlinked from the stack, kept with its line, locals and stack"],
    returned: ["\u2713", "the body ended: StopIteration (or the yield from) gets the return value; the frame is gone"],
    raised: ["!", "an exception left the body: the generator is finished, its frame gone"],
    closed: ["\u00D7", "GeneratorExit ended it: close(), or it was dropped while suspended"],
    finalized: ["\u2020", "its last reference went away: the generator object is freed"],
  };
  const HOW = {
    next: () => "next()",
    send: e => `send(${e.sent})`,
    throw: e => `throw(${e.sent})`,
    close: () => "close()",
    for: () => "a for loop",
    "yield from": e => (e.sent === undefined ? "yield from" : `yield from, sending ${e.sent}`),
    builtin: () => "a built-in (list(), sum(), ...)",
  };

  const $ = id => document.getElementById(id);
  const esc = s =>
    String(s).replace(/[&<>"]/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
  const base = f => (f ? String(f).split("/").pop() : "");
  const qualname = label => label.replace(/#\d+$/, "");

  function splitLines(text) {
    const lines = text.split(/\r?\n/);
    if (lines.length > 1 && lines[lines.length - 1] === "") lines.pop();
    return lines;
  }

  function sourceLine(file, line) {
    const lines = SOURCES.get(file);
    return lines && line ? (lines[line - 1] || "").trim() : "";
  }

  // ---- The state after each event --------------------------------------------------

  function fresh() {
    return { gens: new Map(), running: [], place: null };
  }

  function genOf(st, label) {
    let g = st.gens.get(label);
    if (!g) {
      g = { label, status: "created", locals: {}, stack: [], chain: [label] };
      st.gens.set(label, g);
    }
    return g;
  }

  function placeOf(e) {
    return e.func == null ? null : { func: e.func, line: e.line, file: e.file };
  }

  // A place reported by an event at `depth` is where the frame below it is now: the
  // program's when nothing runs, else the running generator's (when it is its own code).
  function notePlace(st, depth, place) {
    if (!place) return;
    if (depth === 0) {
      st.place = place;
      return;
    }
    const parent = st.running[depth - 1];
    if (parent && qualname(parent) === place.func) genOf(st, parent).now = place;
  }

  // The frame that resumed (or created, or hears back from) the generator of `e`.
  function otherSide(st, e) {
    return (e.depth > 0 && st.running[e.depth - 1]) || PROGRAM;
  }

  function apply(st, e) {
    const g = genOf(st, e.gen);
    const place = placeOf(e);
    switch (e.event) {
      case "created":
        notePlace(st, e.depth, place);
        Object.assign(g, {
          status: "created", file: e.def_file, line: e.def_line, defLine: e.def_line,
          locals: e.locals || {}, stack: [], chain: [e.gen], createdAt: place,
        });
        break;
      case "resumed":
        notePlace(st, e.depth, place);
        st.running.length = e.depth;
        st.running[e.depth] = e.gen;
        Object.assign(g, { status: "running", by: { event: e, place }, now: null });
        break;
      case "yielded":
        st.running.length = e.depth;
        Object.assign(g, {
          status: "suspended", file: e.file, line: e.line, locals: e.locals,
          stack: e.stack, chain: e.chain, value: e.value, now: null,
        });
        break;
      case "returned":
      case "raised":
      case "closed":
        st.running.length = Math.min(st.running.length, e.depth);
        Object.assign(g, { status: "finished", end: e, file: e.file, line: e.line, now: null });
        break;
      case "finalized":
        notePlace(st, e.depth, place);
        g.status = g.status === "finished" ? "freed" : "freed-unfinished";
        break;
    }
  }

  let cur = fresh();
  let curAt = -1;
  function stateAt(i) {
    if (i < curAt) {
      cur = fresh();
      curAt = -1;
    }
    while (curAt < i) apply(cur, EVENTS[++curAt]);
    return cur;
  }

  // ---- The source -------------------------------------------------------------------

  let shownFile = DATA.main;

  function renderTabs() {
    const files = [...SOURCES.keys()];
    $("tabs").innerHTML =
      files.length < 2
        ? `<span>${esc(base(shownFile))}</span>`
        : files
            .map(f => `<button data-file="${esc(f)}" class="${f === shownFile ? "on" : ""}" title="${esc(f)}">${esc(base(f))}</button>`)
            .join("");
  }

  function tag(cls, text) {
    return `<span class="tag ${cls}">${esc(text)}</span>`;
  }

  function renderSource(st, e) {
    renderTabs();
    const lines = SOURCES.get(shownFile) || [];
    const tags = new Map();
    const add = (line, html) => tags.set(line, (tags.get(line) || "") + html);
    for (const g of st.gens.values()) {
      if (g.status === "running") {
        const at = g.now || { file: g.file, line: g.line };
        if (at.file === shownFile) add(at.line, tag("running", `\u25B6 ${g.label} running`));
      } else if (g.file === shownFile && g.status === "suspended") {
        add(g.line, tag("suspended", `\u2016 ${g.label} suspended`));
      } else if (g.file === shownFile && g.status === "created") {
        add(g.line, tag("created", `${g.label} not started`));
      }
    }
    const live = st.running.some(Boolean);
    if (!live && st.place && st.place.file === shownFile) add(st.place.line, tag("running", `\u25B6 ${st.place.func}`));
    const here = e && e.file === shownFile ? e.line : null;
    const resumeAt = e && e.event === "resumed" ? genOf(st, e.gen) : null;
    const html = lines.map((text, i) => {
      const n = i + 1;
      let cls = "src-line";
      if (n === here) cls += " current";
      else if (resumeAt && resumeAt.file === shownFile && resumeAt.line === n) cls += " resume-point";
      else if (tags.has(n)) cls += " mark";
      return `<div class="${cls}" data-line="${n}"><span class="ln">${n}</span><span class="code">${esc(text) || " "}${tags.get(n) || ""}</span></div>`;
    });
    const box = $("source");
    box.innerHTML = html.join("");
    const target = box.querySelector(".current") || box.querySelector(".resume-point");
    if (target) box.scrollTop = target.offsetTop - box.clientHeight / 2;
  }

  // ---- The frames -------------------------------------------------------------------

  function kv(pairs) {
    if (!pairs.length) return "";
    return `<div class="kv">${pairs.map(([k, v]) => `<span class="k">${esc(k)}</span><span class="v">${esc(v)}</span>`).join("")}</div>`;
  }

  function codeLine(file, line) {
    const text = sourceLine(file, line);
    return text ? `<pre class="fline"><span class="ln">${line}</span>${esc(text)}</pre>` : "";
  }

  function where(file, line) {
    const f = file && file !== DATA.main ? ` in ${base(file)}` : "";
    return `line ${line}${f}`;
  }

  function frameCard(g, e) {
    const focus = e && g.label === e.gen ? " focus" : "";
    let state;
    let at = { file: g.file, line: g.line };
    if (g.status === "running") {
      if (g.now) at = g.now;
      const from = g.by && g.by.event.first ? "starting its body at" : "running on from";
      state = g.now ? `running, now at ${where(at.file, at.line)}` : `${from} ${where(at.file, at.line)}`;
    } else if (g.status === "suspended") {
      state = `suspended at ${where(at.file, at.line)}, after yielding ${g.value}`;
    } else {
      state = `created, not started: its body begins at ${where(at.file, g.defLine)}`;
    }
    const pairs = Object.entries(g.locals || {});
    if (g.stack && g.stack.length) pairs.push(["(stack)", `[${g.stack.join(", ")}]`]);
    const note = g.status === "running" && pairs.length ? `<div class="state">locals when last seen (they change as it runs):</div>` : "";
    return `<div class="frame ${g.status}${focus}" data-gen="${esc(g.label)}">
      <div class="fhead"><span class="fname">${esc(g.label)}</span><span class="state">${esc(state)}</span></div>
      ${codeLine(at.file, at.line)}${note}${kv(pairs)}</div>`;
  }

  function plainCard(place) {
    if (!place) return `<div class="frame plain"><div class="fhead"><span class="fname">&lt;module&gt;</span><span class="state">the program</span></div></div>`;
    return `<div class="frame plain"><div class="fhead"><span class="fname">${esc(place.func)}</span>
      <span class="state">${esc(where(place.file, place.line))} (not a generator)</span></div>${codeLine(place.file, place.line)}</div>`;
  }

  function linkText(g, caller) {
    const e = g.by.event;
    const how = (HOW[e.how] || (() => e.how))(e);
    const who = caller || (g.by.place ? g.by.place.func : "the program");
    const at = g.by.place ? `, ${where(g.by.place.file, g.by.place.line)}` : "";
    return `linked above <b>${esc(who)}</b>: resumed by ${esc(how)}${esc(at)}`;
  }

  function chainCards(st, g, e) {
    let html = frameCard(g, e);
    let close = "";
    let prev = g;
    for (const label of g.chain.slice(1)) {
      const d = st.gens.get(label);
      if (!d) break;
      html += `<div class="chain"><div class="chain-link">${esc(prev.label)} passes next/send/throw on to ${esc(d.label)}</div>${frameCard(d, e)}`;
      close += "</div>";
      prev = d;
    }
    return html + close;
  }

  function endText(g) {
    const e = g.end;
    if (!e) {
      return `<div class="finished"><b>${esc(g.label)}</b> was dropped before it finished: frame and object freed</div>`;
    }
    const what =
      e.event === "returned"
        ? `returned ${e.value}`
        : `${e.event === "raised" ? `raised ${e.error}` : "was closed"} at ${where(e.file, e.line)}`;
    const freed = g.status === "freed" ? "; object freed" : "";
    return `<div class="finished"><b>${esc(g.label)}</b> ${esc(what)}: frame gone${freed}</div>`;
  }

  function renderFrames(st, e) {
    const out = [];
    const running = st.running.filter(Boolean);
    out.push(`<h2>Running stack <small>(newest on top)</small></h2>`);
    for (let k = running.length - 1; k >= 0; k--) {
      const g = st.gens.get(running[k]);
      out.push(frameCard(g, e));
      const below = k > 0 ? running[k - 1] : null;
      const own = below && g.by.place && qualname(below) === g.by.place.func;
      out.push(`<div class="link">${linkText(g, own || g.by.event.how === "yield from" ? below : null)}</div>`);
    }
    out.push(plainCard(running.length ? st.gens.get(running[0]).by.place : st.place));

    const all = [...st.gens.values()];
    const suspended = all.filter(g => g.status === "suspended");
    const delegates = new Set(suspended.flatMap(g => g.chain.slice(1)));
    out.push(`<h2>Suspended frames <small>(unlinked from any caller, kept until resumed)</small></h2>`);
    const roots = suspended.filter(g => !delegates.has(g.label));
    out.push(roots.length ? roots.map(g => chainCards(st, g, e)).join("") : `<div class="none">none</div>`);

    const created = all.filter(g => g.status === "created");
    if (created.length) {
      out.push(`<h2>Created, not started</h2>`);
      out.push(created.map(g => frameCard(g, e)).join(""));
    }
    const done = all.filter(g => g.end || g.status === "freed-unfinished");
    if (done.length) {
      const shown = done.slice(-FINISHED_SHOWN);
      const more = done.length - shown.length;
      out.push(`<h2>Finished${more ? ` <small>(the last ${shown.length} of ${done.length})</small>` : ""}</h2>`);
      out.push(shown.map(endText).join(""));
    }
    const box = $("frames");
    box.innerHTML = out.join("");
    const focus = box.querySelector(".focus");
    if (focus) {
      const top = focus.offsetTop;
      if (top < box.scrollTop || top + focus.offsetHeight > box.scrollTop + box.clientHeight) box.scrollTop = top - 20;
    }
  }

  // ---- The timeline -----------------------------------------------------------------

  const lanes = [PROGRAM];
  const laneOf = new Map([[PROGRAM, 0]]);
  for (const e of EVENTS) {
    if (!laneOf.has(e.gen)) {
      laneOf.set(e.gen, lanes.length);
      lanes.push(e.gen);
    }
  }
  const CW = Math.max(12, Math.min(30, Math.floor(1000 / Math.max(N, 1))));
  const LH = 24;
  const x = i => i * CW + CW / 2;
  const y = lane => lane * LH + LH / 2;

  function marker(kind, cx, cy, title) {
    const glyph = KINDS[kind][0];
    const t = title ? `<title>${esc(title)}</title>` : "";
    return `<g>${t}<circle cx="${cx}" cy="${cy}" r="8" style="fill:var(--${kind})"/>` +
      `<text x="${cx}" y="${cy + 4}" text-anchor="middle" font-size="11" font-weight="700" fill="#fff">${esc(glyph)}</text></g>`;
  }

  function bar(status, x1, x2, cy) {
    const w = Math.max(x2 - x1, 1);
    switch (status) {
      case "running":
        return `<rect x="${x1}" y="${cy - 5}" width="${w}" height="10" rx="3" style="fill:var(--running)"/>`;
      case "suspended":
        return `<rect x="${x1}" y="${cy - 4}" width="${w}" height="8" rx="3" style="fill:var(--suspended)" opacity="0.55"/>`;
      case "created":
        return `<rect x="${x1}" y="${cy - 4}" width="${w}" height="8" rx="3" fill="none" stroke-dasharray="4 3" style="stroke:var(--created)"/>`;
      case "waiting":
      case "finished":
        return `<line x1="${x1}" y1="${cy}" x2="${x2}" y2="${cy}" stroke="#cbd5e1" stroke-dasharray="2 3"/>`;
      case "program":
        return `<rect x="${x1}" y="${cy - 5}" width="${w}" height="10" rx="3" fill="#334155" opacity="0.45"/>`;
      default:
        return "";
    }
  }

  function buildTimeline() {
    const segs = lanes.map(() => []);
    const setStatus = (lane, status, i) => {
      const s = segs[lane];
      const last = s[s.length - 1];
      if (last && last.status === status) return;
      if (last) last.to = i;
      s.push({ from: i, to: N, status });
    };
    const links = [];
    const st = fresh();
    setStatus(0, "program", 0);
    EVENTS.forEach((e, i) => {
      const from = laneOf.get(otherSide(st, e));
      apply(st, e);
      const g = st.gens.get(e.gen);
      setStatus(laneOf.get(e.gen), g.status === "freed" || g.status === "freed-unfinished" ? "gone" : g.status, i);
      setStatus(0, st.running.some(Boolean) ? "waiting" : "program", i);
      if (e.event !== "finalized") links.push([i, from, laneOf.get(e.gen), e.event]);
    });
    const W = N * CW + CW;
    const H = lanes.length * LH;
    const parts = [];
    lanes.forEach((_, l) => {
      if (l % 2) parts.push(`<rect x="0" y="${l * LH}" width="${W}" height="${LH}" fill="#f8fafc"/>`);
    });
    parts.push(`<rect id="cursor" x="0" y="0" width="${CW}" height="${H}" fill="#fde68a" opacity="0.7"/>`);
    segs.forEach((s, l) => s.forEach(seg => parts.push(bar(seg.status, x(seg.from), seg.to >= N ? W : x(seg.to), y(l)))));
    for (const [i, a, b, kind] of links) {
      if (a === b) continue;
      const dash = kind === "created" ? ` stroke-dasharray="3 2"` : "";
      parts.push(`<line x1="${x(i)}" y1="${y(a)}" x2="${x(i)}" y2="${y(b)}" stroke-width="1.5" opacity="0.6"${dash} style="stroke:var(--${kind})"/>`);
    }
    EVENTS.forEach((e, i) => parts.push(marker(e.event, x(i), y(laneOf.get(e.gen)), `${i + 1}. ${e.text}`)));
    const labels = lanes.map((l, i) => `<div data-lane="${i}">${esc(l)}</div>`).join("");
    $("timeline").innerHTML = `<div class="rows"><div class="labels">${labels}</div>` +
      `<svg id="lanes" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${parts.join("")}</svg></div>`;
    $("lanes").addEventListener("click", ev => {
      const r = ev.currentTarget.getBoundingClientRect();
      setStep(Math.floor((ev.clientX - r.left) / CW));
    });
  }

  function renderTimeline(e) {
    const cursor = $("cursor");
    if (!cursor) return;
    cursor.setAttribute("x", step * CW);
    const lane = laneOf.get(e.gen);
    for (const d of document.querySelectorAll("#timeline .labels div")) d.classList.toggle("on", Number(d.dataset.lane) === lane);
    const box = $("timeline");
    const labelsWidth = box.querySelector(".labels").offsetWidth;
    const left = labelsWidth + step * CW;
    if (left < box.scrollLeft + labelsWidth || left + CW > box.scrollLeft + box.clientWidth) {
      box.scrollLeft = left - labelsWidth - (box.clientWidth - labelsWidth) / 2;
    }
    const top = lane * LH;
    if (top < box.scrollTop || top + LH > box.scrollTop + box.clientHeight) box.scrollTop = top - box.clientHeight / 2;
  }

  // ---- The legend -------------------------------------------------------------------

  function buildLegend() {
    const svg = inner => `<svg width="34" height="20" viewBox="0 0 34 20">${inner}</svg>`;
    const items = Object.entries(KINDS).map(([kind, [, words]]) =>
      `<div class="item">${svg(marker(kind, 17, 10, ""))}<span><b>${kind}</b>: ${esc(words)}</span></div>`);
    const spans = [
      ["running", "running: on the stack, executing its body"],
      ["suspended", "suspended: off the stack, frame kept"],
      ["created", "created: frame made, not started"],
      ["finished", "finished: no frame any more"],
    ].map(([s, words]) => `<div class="item">${svg(bar(s, 2, 32, 10))}<span>${esc(words)}</span></div>`);
    $("legend-items").innerHTML = items.concat(spans).join("");
  }

  // ---- Stepping -----------------------------------------------------------------------

  let step = 0;
  let timer = null;

  function render() {
    $("stepno").textContent = N ? `step ${step + 1} of ${N}` : "no events";
    $("slider").value = step;
    $("play").disabled = N < 2;
    $("first").disabled = $("prev").disabled = step <= 0;
    $("next").disabled = $("last").disabled = step >= N - 1;
    document.body.dataset.step = N ? step + 1 : 0;
    if (!N) {
      $("sentence").textContent = "No generator events: the program made no generator (or --only matched none).";
      renderSource(fresh(), null);
      $("frames").innerHTML = `<div class="none">no generator</div>`;
      return;
    }
    const e = EVENTS[step];
    const st = stateAt(step);
    $("badge").innerHTML = `<span class="badge" style="background:var(--${e.event})">${esc(e.event)}</span>`;
    $("sentence").textContent = e.text;
    if (e.file && SOURCES.has(e.file)) shownFile = e.file;
    renderSource(st, e);
    renderFrames(st, e);
    renderTimeline(e);
  }

  function setStep(i) {
    const next = Math.max(0, Math.min(N - 1, i));
    if (next === step && document.body.dataset.step) return;
    step = next;
    render();
  }

  function play() {
    if (timer) {
      clearInterval(timer);
      timer = null;
      $("play").textContent = "\u25B6 play";
      return;
    }
    if (step >= N - 1) setStep(0);
    $("play").textContent = "\u275A\u275A pause";
    timer = setInterval(() => {
      if (step >= N - 1) play();
      else setStep(step + 1);
    }, 900);
  }

  const KEYS = {
    ArrowRight: () => setStep(step + 1),
    ArrowDown: () => setStep(step + 1),
    ArrowLeft: () => setStep(step - 1),
    ArrowUp: () => setStep(step - 1),
    PageDown: () => setStep(step + 10),
    PageUp: () => setStep(step - 10),
    Home: () => setStep(0),
    End: () => setStep(N - 1),
    " ": play,
  };

  document.addEventListener("keydown", ev => {
    const act = KEYS[ev.key];
    if (!act || ev.altKey || ev.ctrlKey || ev.metaKey) return;
    ev.preventDefault();
    act();
  });
  $("first").onclick = () => setStep(0);
  $("prev").onclick = () => setStep(step - 1);
  $("next").onclick = () => setStep(step + 1);
  $("last").onclick = () => setStep(N - 1);
  $("play").onclick = play;
  $("slider").max = Math.max(N - 1, 0);
  $("slider").addEventListener("input", ev => setStep(Number(ev.target.value)));
  $("tabs").addEventListener("click", ev => {
    const f = ev.target.dataset && ev.target.dataset.file;
    if (!f) return;
    shownFile = f;
    renderSource(N ? stateAt(step) : fresh(), N ? EVENTS[step] : null);
  });

  $("title").textContent = base(DATA.main);
  buildLegend();
  buildTimeline();
  const params = new URLSearchParams(location.search);
  step = Math.max(0, Math.min(N - 1, (Number(params.get("step")) || 1) - 1));
  render();
  const names = { right: "ArrowRight", left: "ArrowLeft", home: "Home", end: "End", up: "ArrowUp", down: "ArrowDown" };
  for (const k of (params.get("keys") || "").split(",").filter(Boolean)) {
    document.dispatchEvent(new KeyboardEvent("keydown", { key: names[k] || k, bubbles: true }));
  }
})();
