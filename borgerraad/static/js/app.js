/* Borgerrådgiveren: progressive enhancement only. Every page works without this file.
 * Loaded with `defer` after dkfds.min.js, so the DOM is parsed and DKFDS is defined. */
"use strict";

if (window.DKFDS) {
  window.DKFDS.init();
}
