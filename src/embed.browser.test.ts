import { expect } from "@open-wc/testing";

// Each import below uses its own query string, so the browser evaluates
// embed.ts afresh, exactly as when a page includes the script twice (or two
// versions of it).
const errors: string[] = [];
window.addEventListener("error", (event) => errors.push(event.message));

const launchers = () => document.querySelectorAll("faq-chat");
// The dev server serves TypeScript sources by their own names.
const importEmbed = (copy: number) =>
  import(/* a fresh copy each time */ `./embed.ts?copy=${copy}`);

describe("the embed script", () => {
  afterEach(() => {
    expect(errors).to.deep.equal([]);
  });

  it("adds no launcher when the page already has a <faq-chat> of its own", async () => {
    const own = document.createElement("faq-chat");
    own.setAttribute("mode", "inline");
    document.body.append(own);
    await importEmbed(1);
    expect(launchers().length).to.equal(1);
    expect(launchers()[0]).to.equal(own);
    expect(customElements.get("faq-chat")).to.not.equal(undefined);
    own.remove();
  });

  it("adds exactly one floating launcher to the page", async () => {
    await importEmbed(2);
    expect(launchers().length).to.equal(1);
    const launcher =
      launchers()[0]?.shadowRoot?.querySelector('[part="launcher"]');
    expect(launcher?.textContent?.trim()).to.equal("Ask a question");
  });

  it("included twice, still gives one launcher and no error", async () => {
    await importEmbed(3);
    await importEmbed(4);
    expect(launchers().length).to.equal(1);
  });

  it("copies data-* attributes from its own script tag to the element", async () => {
    launchers().forEach((element) => element.remove());
    const script = document.createElement("script");
    script.type = "module";
    script.src = new URL("./embed.ts?copy=5", import.meta.url).href;
    script.dataset.clinicName = "Harbor Light Wellness";
    script.dataset.contactUrl = "/contact";
    script.dataset.contactPhone = "+1 555 010 0123";
    script.dataset.position = "bottom-left";
    script.dataset.knowledgeSrc = "/test/fixtures/knowledge-small.json";
    const loaded = new Promise((resolve) =>
      script.addEventListener("load", resolve),
    );
    document.head.append(script);
    await loaded;
    const element = document.querySelector("faq-chat");
    expect(element?.getAttribute("clinic-name")).to.equal(
      "Harbor Light Wellness",
    );
    expect(element?.getAttribute("contact-url")).to.equal("/contact");
    expect(element?.getAttribute("contact-phone")).to.equal("+1 555 010 0123");
    expect(element?.getAttribute("position")).to.equal("bottom-left");
    expect(element?.getAttribute("knowledge-src")).to.equal(
      "/test/fixtures/knowledge-small.json",
    );
    await (element as HTMLElement & { updateComplete: Promise<unknown> })
      .updateComplete;
    const launcher = element?.shadowRoot?.querySelector(
      '[part="launcher"]',
    ) as HTMLElement;
    expect(launcher.getBoundingClientRect().left).to.equal(20);
  });
});
