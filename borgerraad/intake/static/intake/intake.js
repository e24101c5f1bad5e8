/* The complaint form: progressive enhancement only; the form works without this file.
 * - Moves focus to the error summary after a failed step, so screen readers announce it.
 * - Keeps a second click on a submit button from sending the form twice (the server is
 *   idempotent anyway: a resubmitted draft gives the same henvendelse).
 * - Shows a conditional section (data-reveal-field/-value) only while its radio answer applies;
 *   without JavaScript every section shows and the server ignores what does not apply. */
"use strict";

(function () {
  var summary = document.getElementById("error-summary");
  if (summary) {
    summary.focus();
  }
  document.querySelectorAll("[data-reveal-field]").forEach(function (block) {
    var radios = document.querySelectorAll('input[type="radio"][name="' + block.dataset.revealField + '"]');
    function update() {
      var chosen = Array.prototype.some.call(radios, function (radio) {
        return radio.checked && radio.value === block.dataset.revealValue;
      });
      block.hidden = !chosen;
    }
    radios.forEach(function (radio) { radio.addEventListener("change", update); });
    update();
  });

  var forms = document.querySelectorAll("form.intake-form");
  // A page restored from the back/forward cache must be submittable again.
  window.addEventListener("pageshow", function () {
    forms.forEach(function (form) { delete form.dataset.submitted; });
  });
  forms.forEach(function (form) {
    form.addEventListener("submit", function (event) {
      if (form.dataset.submitted === "true") {
        event.preventDefault();
        return;
      }
      form.dataset.submitted = "true";
    });
  });
})();
