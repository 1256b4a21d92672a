// Demo helper, not part of the widget: counts Content-Security-Policy violations on the page.
const output = document.getElementById("violations");
let count = 0;
document.addEventListener("securitypolicyviolation", (event) => {
  count += 1;
  output.textContent = String(count);
  console.error(
    `CSP violation: ${event.violatedDirective} ${event.blockedURI}`,
  );
});
