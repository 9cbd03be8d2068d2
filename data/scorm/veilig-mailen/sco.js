/* Veilig e-mailen: a SCORM 1.2 SCO made by VlaVirGem. Three pages (lesson_location "1".."3"),
   the answers so far in suspend_data (JSON), a two-question check that sets the score and
   passed/failed, and the time spent in session_time. */
(function () {
  "use strict";
  var PAGES = 3;
  var ANSWERS = { q1: "b", q2: "b" };
  var api = null;
  var finished = false;
  var started = Date.now();
  var state = { answers: {}, visited: [] };
  var page = 1;

  function findApi(win) {
    for (var i = 0; win && i < 10; i++) {
      if (win.API) return win.API;
      if (win.parent === win) break;
      win = win.parent;
    }
    return null;
  }
  function get(element) {
    return api ? String(api.LMSGetValue(element)) : "";
  }
  function set(element, value) {
    return api ? api.LMSSetValue(element, String(value)) === "true" : false;
  }
  function pad(n, width) {
    var s = String(n);
    while (s.length < width) s = "0" + s;
    return s;
  }
  function sessionTime() {
    var cs = Math.floor((Date.now() - started) / 10);
    var h = Math.floor(cs / 360000);
    var m = Math.floor((cs % 360000) / 6000);
    var s = Math.floor((cs % 6000) / 100);
    return pad(h, 4) + ":" + pad(m, 2) + ":" + pad(s, 2) + "." + pad(cs % 100, 2);
  }
  function save() {
    if (!api || finished) return;
    set("cmi.core.lesson_location", String(page));
    set("cmi.suspend_data", JSON.stringify(state));
    set("cmi.core.session_time", sessionTime());
    api.LMSCommit("");
  }
  function show(n, focus) {
    page = Math.max(1, Math.min(PAGES, n));
    for (var i = 1; i <= PAGES; i++) document.getElementById("page-" + i).hidden = i !== page;
    document.getElementById("previous").disabled = page === 1;
    document.getElementById("next").disabled = page === PAGES;
    document.getElementById("progress").textContent = "Pagina " + page + " van " + PAGES;
    if (state.visited.indexOf(page) < 0) state.visited.push(page);
    if (focus) document.getElementById("title-" + page).focus();
  }
  function restoreAnswers() {
    for (var q in state.answers) {
      var input = document.getElementById(q + "-" + state.answers[q]);
      if (input) input.checked = true;
    }
  }
  function showResult(passed, score) {
    var box = document.getElementById("result");
    box.className = passed ? "passed" : "failed";
    box.textContent = passed
      ? "Geslaagd: " + score + " op 100. Je hebt beide vragen juist. Je kan de module nu afsluiten."
      : "Nog niet geslaagd: " + score + " op 100. Lees de tweede pagina nog eens en probeer opnieuw.";
  }
  function check(event) {
    event.preventDefault();
    var form = document.getElementById("check");
    var correct = 0;
    var n = 0;
    for (var q in ANSWERS) {
      var chosen = form.querySelector("input[name=" + q + "]:checked");
      var value = chosen ? chosen.value : "";
      state.answers[q] = value;
      if (value === ANSWERS[q]) correct++;
      set("cmi.interactions." + n + ".id", q);
      set("cmi.interactions." + n + ".type", "choice");
      set("cmi.interactions." + n + ".student_response", value || "-");
      set("cmi.interactions." + n + ".result", value === ANSWERS[q] ? "correct" : "wrong");
      n++;
    }
    var score = Math.round((correct / n) * 100);
    var passed = correct === n;
    set("cmi.core.score.min", "0");
    set("cmi.core.score.max", "100");
    set("cmi.core.score.raw", String(score));
    set("cmi.core.lesson_status", passed ? "passed" : "failed");
    state.score = score;
    save();
    showResult(passed, score);
  }
  function finish() {
    if (!api || finished) return;
    var status = get("cmi.core.lesson_status");
    set("cmi.core.exit", status === "passed" || status === "completed" ? "" : "suspend");
    set("cmi.core.lesson_location", String(page));
    set("cmi.suspend_data", JSON.stringify(state));
    set("cmi.core.session_time", sessionTime());
    api.LMSFinish("");
    finished = true;
    var buttons = document.querySelectorAll("button");
    for (var i = 0; i < buttons.length; i++) buttons[i].disabled = true;
    document.getElementById("progress").textContent = "Je voortgang is bewaard. Je kan dit venster sluiten of verder gaan in VlaVirGem.";
  }

  function start() {
    api = findApi(window.parent !== window ? window.parent : null) || (window.opener ? findApi(window.opener) : null);
    if (!api) {
      document.getElementById("no-lms").hidden = false;
    } else if (api.LMSInitialize("") !== "true") {
      api = null;
      document.getElementById("no-lms").hidden = false;
    }
    if (api) {
      try {
        var saved = get("cmi.suspend_data");
        if (saved) state = JSON.parse(saved);
      } catch (e) {
        state = { answers: {}, visited: [] };
      }
      if (!state.answers) state.answers = {};
      if (!state.visited) state.visited = [];
      var location = parseInt(get("cmi.core.lesson_location"), 10);
      page = location >= 1 && location <= PAGES ? location : 1;
      if (get("cmi.core.lesson_status") === "not attempted") set("cmi.core.lesson_status", "incomplete");
      var status = get("cmi.core.lesson_status");
      if ((status === "passed" || status === "failed") && typeof state.score === "number") showResult(status === "passed", state.score);
    }
    restoreAnswers();
    show(page, false);
    save();
    document.getElementById("previous").addEventListener("click", function () {
      show(page - 1, true);
      save();
    });
    document.getElementById("next").addEventListener("click", function () {
      show(page + 1, true);
      save();
    });
    document.getElementById("finish").addEventListener("click", finish);
    document.getElementById("check").addEventListener("submit", check);
    window.addEventListener("pagehide", finish);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
