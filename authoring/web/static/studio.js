// The page around the browser terminal: fonts before the terminal measures its cells, the
// websocket address, uploading a draft and downloading files. textual.js (textual-serve's
// xterm.js bundle) is loaded first and sets window.onload; this script wraps it.
(function () {
  "use strict";
  const config = JSON.parse(document.getElementById("studio-config").textContent);
  const t = config.labels;
  const status = document.getElementById("status");
  const panel = document.getElementById("files-panel");
  const list = document.getElementById("files-list");
  const filesButton = document.getElementById("files-button");
  const input = document.getElementById("upload-input");
  const seen = new Set();
  let firstListing = true;
  let timer = null;
  let uploading = false; // while a draft goes up, the status bar keeps saying so


  function say(text, kind) {
    status.textContent = text;
    status.className = kind || "";
    status.title = text;
  }

  function focusTerminal() {
    const area = document.querySelector(".xterm-helper-textarea");
    if (area) area.focus();
  }

  // This tab's own random id, in its terminal's address and its files poll: its studio records the
  // files it writes under it, so the toolbar offers this tab what its own studio wrote, never what
  // another tab's did (authoring/web/written.py). Not crypto.randomUUID: plain http on a LAN lacks it.
  const tab = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");

  // -- the terminal: same host, same scheme; fonts loaded before xterm.js measures -------
  const terminal = document.getElementById("terminal");
  terminal.dataset.sessionWebsocketUrl =
    (location.protocol === "https:" ? "wss://" : "ws://") + location.host + "/ws/" + tab;
  const startTerminal = window.onload;
  window.onload = async function (event) {
    const size = (terminal.dataset.fontSize || "16") + "px";
    const wanted = [document.fonts.load(size + ' "Roboto Mono"', "Wg")];
    if (document.body.dataset.cjkFont === "yes") {
      wanted.push(document.fonts.load(size + ' "Roboto Mono"', "中文"));
    }
    try {
      await Promise.race([Promise.all(wanted), new Promise((r) => setTimeout(r, 8000))]);
    } catch (e) {
      console.log("font", e);
    }
    document.body.classList.add("-fonts-ready");
    if (startTerminal) startTerminal(event);
    setTimeout(focusTerminal, 300);
  };
  document.getElementById("restart").addEventListener("click", () => location.reload());

  // A terminal that closed before it ever opened (textual.js adds -loaded on open, -closed on close)
  // was refused: say whether it was the limit of sessions open at once, not "会话已结束".
  async function closed() {
    if (document.body.classList.contains("-loaded")) return; // a session that ran and ended
    const message = document.querySelector(".closed-dialog .message");
    let text = t.not_started;
    try {
      const response = await fetch("/sessions", { credentials: "same-origin", cache: "no-store" });
      const sessions = await response.json();
      if (sessions.open >= sessions.max) text = t.limit;
    } catch (e) {
      // the server has stopped: the generic words stand
    }
    message.textContent = text;
  }
  const watch = new MutationObserver(() => {
    if (!document.body.classList.contains("-closed")) return;
    watch.disconnect(); // once: the page is reloaded to start again
    closed();
  });
  watch.observe(document.body, { attributes: true, attributeFilter: ["class"] });

  // -- files out -------------------------------------------------------------------------
  function humanSize(n) {
    if (n < 1024) return n + " B";
    if (n < 1024 * 1024) return (n / 1024).toFixed(0) + " KB";
    return (n / 1024 / 1024).toFixed(1) + " MB";
  }

  function when(mtime) {
    const d = new Date(mtime * 1000);
    const pad = (x) => String(x).padStart(2, "0");
    return `${d.getMonth() + 1}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
  }

  async function loadFiles() {
    let data;
    try {
      const response = await fetch("/files?tab=" + tab, { credentials: "same-origin", cache: "no-store" });
      if (!response.ok) throw new Error(String(response.status));
      data = await response.json();
    } catch (e) {
      return;
    }
    list.replaceChildren();
    let offer = null; // the newest of the new files this tab's studio wrote (never a backup: the server says)
    for (const folder of data.folders) {
      const heading = document.createElement("h3");
      heading.textContent = `${folder.label} · ${folder.name}`;
      list.appendChild(heading);
      const ul = document.createElement("ul");
      ul.dataset.folder = folder.key;
      const files = data.files.filter((f) => f.folder === folder.key);
      for (const file of files) {
        const li = document.createElement("li");
        const key = `${file.folder}/${file.name}/${file.mtime}`;
        if (!firstListing && !seen.has(key)) {
          li.className = "fresh";
          if (file.offer && (!offer || file.mtime > offer.mtime)) offer = file;
        }
        seen.add(key);
        const a = document.createElement("a");
        a.href = file.url;
        a.textContent = file.name;
        a.setAttribute("download", file.name);
        a.className = "file-link";
        const meta = document.createElement("span");
        meta.className = "meta";
        meta.textContent = `${humanSize(file.size)} · ${when(file.mtime)}`;
        li.append(a, meta);
        ul.appendChild(li);
      }
      if (!files.length) {
        const li = document.createElement("li");
        li.className = "empty";
        li.textContent = t.empty;
        ul.appendChild(li);
      }
      list.appendChild(ul);
    }
    firstListing = false;
    if (offer) announce(offer);
  }

  // A file this tab's studio has just written (a draft, a report, an annotated copy, a rescue copy) is
  // offered for download at once: its path on the server means nothing to a browser user. An upload
  // is not offered back: the server wrote it, not the studio.
  // Not while an upload is under way: its progress and its outcome matter more, and the file
  // stays marked as fresh in the files panel.
  function announce(file) {
    if (uploading) return;
    status.replaceChildren();
    status.className = "ok";
    status.append(t.new_file);
    const a = document.createElement("a");
    a.href = file.url;
    a.textContent = file.name;
    a.setAttribute("download", file.name);
    a.id = "new-file-link";
    status.append(a);
    status.title = file.name;
  }

  function openPanel(open) {
    panel.hidden = !open;
    filesButton.setAttribute("aria-expanded", String(open));
    if (open) {
      loadFiles();
    } else {
      focusTerminal();
    }
  }
  // A download (the toolbar's new file, a file in the panel) leaves the page where it is: the keys go
  // back to the studio at once, as after an upload, or F5 and the rest did nothing until a click.
  document.addEventListener("click", (event) => {
    const link = event.target instanceof Element ? event.target.closest("a[download]") : null;
    if (link) setTimeout(focusTerminal, 0);
  });
  loadFiles();
  timer = setInterval(loadFiles, 3000);
  filesButton.addEventListener("click", () => openPanel(panel.hidden));
  document.getElementById("files-close").addEventListener("click", () => openPanel(false));
  document.getElementById("files-refresh").addEventListener("click", loadFiles);

  // -- files in --------------------------------------------------------------------------
  async function send(file) {
    if (!file) return;
    if (file.size > config.uploadLimit) {
      say(`${file.name}: ${t.too_big} (> ${config.uploadMb} MB)`, "error");
      return;
    }
    say(`${file.name}: ${t.uploading}`);
    uploading = true;
    const form = new FormData();
    form.append("file", file, file.name);
    let result;
    try {
      const response = await fetch("/upload", { method: "POST", body: form, credentials: "same-origin" });
      result = await response.json().catch(() => ({ ok: false, message: `${t.failed} (${response.status})` }));
    } catch (e) {
      result = { ok: false, message: `${t.failed}: ${e}` };
    }
    uploading = false;
    if (result.ok) {
      say(`${result.message}${result.title ? " — " + result.title : ""}${t.stop}${t.uploaded_hint}`, "ok");
    } else {
      say(result.message, "error");
    }
    if (!panel.hidden) loadFiles();
    focusTerminal();
  }
  input.addEventListener("change", () => {
    const file = input.files && input.files[0];
    input.value = "";
    send(file);
  });
  document.addEventListener("dragover", (e) => e.preventDefault());
  document.addEventListener("drop", (e) => {
    e.preventDefault();
    const file = e.dataTransfer && e.dataTransfer.files && e.dataTransfer.files[0];
    send(file);
  });
})();
