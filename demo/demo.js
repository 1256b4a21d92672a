// Demo helper, not part of the widget: `?ask=what+is+ketamine` opens the panel
// and asks, for screenshots and for trying the widget by link.
const question = new URLSearchParams(location.search).get("ask");
if (question) {
  await customElements.whenDefined("faq-chat");
  const chat = document.querySelector("faq-chat");
  await chat.show();
  await chat.ask(question);
}
