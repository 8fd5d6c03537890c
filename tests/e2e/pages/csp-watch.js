/* global document, window */
// Records every Content-Security-Policy violation on the page, with where it came from, for
// tests/e2e/csp.e2e.ts. A classic script, so it runs before the modules.
window.cspViolations = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.cspViolations.push({
    directive: e.effectiveDirective,
    blocked: e.blockedURI,
    source: e.sourceFile,
    line: e.lineNumber,
    sample: e.sample,
  });
});
