import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import ts from 'typescript';

// Type-checking is `tsc`'s job (npm test); here TypeScript only transpiles.
const transpile = (include) => typescript({ include, exclude: ['**/*.test.ts'], outDir: 'dist', noEmitOnError: true });

// Styles are `css`-tagged template literals (src/widget/css.ts, String.raw).
// terser leaves template text alone, so minify it here (comments, whitespace,
// a block's last semicolon) and drop the tag: without `${}` or backslashes
// the plain literal is the same string.
const minifyCssText = (text) =>
  text
    .replace(/\/\*[^*]*\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/\(\s+/g, '(')
    .replace(/\s+\)/g, ')')
    .replace(/(?<=[\d)]|px) \* (?=var\(|[\d.])/g, '*')
    .replace(/([ (:,])0\.(\d)/g, '$1.$2')
    .replace(/;}/g, '}')
    .trim();
const minifyCss = () => ({
  name: 'minify-css',
  transform: (code, id) =>
    id.endsWith('.styles.ts') ? code.replace(/\bcss\s*`([^`$\\]*)`/g, (_, text) => `\`${minifyCssText(text)}\``) : null,
});

// terser keeps lit-html templates as written, line breaks and indentation
// included. In HTML a run of whitespace is one space, so collapse each run that
// spans lines in the static text of html`` templates (found with TypeScript's
// parser, so strings, comments and `${}` are never touched).
const collapseTemplateWhitespace = () => ({
  name: 'collapse-template-whitespace',
  transform(code, id) {
    if (!id.includes('/src/widget/') || !/\bhtml\s*`/.test(code)) return null;
    const source = ts.createSourceFile(id, code, ts.ScriptTarget.Latest);
    const edits = [];
    const visit = (node) => {
      if (ts.isTaggedTemplateExpression(node) && node.tag.getText(source) === 'html') {
        const { template } = node;
        const parts = ts.isNoSubstitutionTemplateLiteral(template)
          ? [template]
          : [template.head, ...template.templateSpans.map((span) => span.literal)];
        for (const part of parts) edits.push([part.getStart(source), part.end]);
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
    let result = '';
    let at = 0;
    for (const [start, end] of edits.sort((a, b) => a[0] - b[0])) {
      result += code.slice(at, start) + code.slice(start, end).replace(/[ \t]*\n\s*/g, ' ');
      at = end;
    }
    return result + code.slice(at);
  },
});

const browser = (input, chunkFileNames) => ({
  input,
  output: { dir: 'dist', format: 'es', chunkFileNames },
  plugins: [
    resolve({ browser: true }),
    transpile(['src/engine/**/*.ts', 'src/widget/**/*.ts', 'src/*.ts']),
    minifyCss(),
    collapseTemplateWhitespace(),
    terser({ ecma: 2020, module: true, toplevel: true, compress: { passes: 3, unsafe_arrows: true, unsafe_methods: true }, format: { comments: false } }),
  ],
});

export default [
  // Browser, the one-script-tag embed: lazy chunks sit beside it so they are
  // found relative to the script wherever it is hosted.
  browser({ 'faq-chat': 'src/embed.ts' }, 'faq-chat-[name]-[hash].js'),
  // Browser, the side-effect-free module entry: built on its own so its shared
  // code does not split the embed's lazy chunk in two.
  browser({ index: 'src/index.ts' }, 'index-[name]-[hash].js'),
  // Browser, `faq studio`'s page (Lit): served by the studio from dist/.
  {
    input: { studio: 'src/studio/page/studio-page.ts' },
    output: { dir: 'dist', format: 'es', chunkFileNames: 'studio-[name]-[hash].js' },
    plugins: [resolve({ browser: true }), transpile(['src/studio/**/*.ts', 'src/widget/**/*.ts']), terser({ module: true, format: { comments: false } })],
  },
  {
    // Node: the engine as `faq-chat/engine`, and the `faq` command.
    input: { engine: 'src/engine/index.ts', cli: 'src/cli/bin.ts' },
    output: { dir: 'dist', format: 'es', chunkFileNames: 'node-[name]-[hash].js' },
    external: (id) => id.startsWith('node:') || ['fuse.js/basic', 'yaml', 'marked'].includes(id),
    plugins: [transpile(['src/engine/**/*.ts', 'src/knowledge/**/*.ts', 'src/cli/**/*.ts', 'src/studio/**/*.ts'])],
  },
];
