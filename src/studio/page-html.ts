/**
 * The studio's one page. The token travels in the page (never in a cookie, so
 * other sites' requests cannot carry it). The try-it pane's `<faq-chat>` is
 * in the page's own markup, so the embed script finds it and adds no
 * floating launcher; its knowledge comes from the studio, not from a file.
 */
export function studioPageHtml(token: string): string {
  const safeToken = token.replace(/[^a-f0-9]/g, "");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="studio-token" content="${safeToken}">
<title>FAQ studio</title>
<link rel="icon" href="data:,">
<style>body { margin: 0; font-family: system-ui, sans-serif; background: #f8f9fa; color: #1f1f1f; }</style>
<script type="module" src="/assets/studio.js"></script>
<script type="module" src="/assets/faq-chat.js"></script>
</head>
<body>
<faq-studio token="${safeToken}">
<faq-chat slot="try" mode="inline" knowledge-src="/api/knowledge.json?token=${safeToken}&amp;v=0"></faq-chat>
</faq-studio>
</body>
</html>
`;
}
