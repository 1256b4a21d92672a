// Runs before the widget's module: the host page configures its own element
// through a property while <faq-chat> is not defined yet.
document.getElementById("own-launcher").clinicName = "Set Before Upgrade";
