import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

// Type-checking is `tsc`'s job (npm test); here TypeScript only transpiles.
const ts = (include) => typescript({ include, exclude: ['**/*.test.ts'], outDir: 'dist', noEmitOnError: true });

// terser leaves CSS in `css` tagged templates alone; collapse its whitespace (the
// widget's styles have no `${}` in them) to keep the first script under 6 KiB.
const minifyCss = () => ({
  name: 'minify-css',
  transform: (code, id) =>
    id.endsWith('.styles.ts')
      ? code.replace(/css\s*`([^`$]*)`/g, (_, text) => `css\`${text.replace(/\/\*[^*]*\*\//g, '').replace(/\s+/g, ' ').replace(/\s*([{};,])\s*/g, '$1').replace(/:\s+/g, ':').trim()}\``)
      : null,
});

const browser = (input, chunkFileNames) => ({
  input,
  output: { dir: 'dist', format: 'es', chunkFileNames },
  plugins: [
    resolve({ browser: true }),
    ts(['src/engine/**/*.ts', 'src/widget/**/*.ts', 'src/*.ts']),
    minifyCss(),
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
  {
    // Node: the engine as `faq-chat/engine`, and the `faq` command.
    input: { engine: 'src/engine/index.ts', cli: 'src/cli/bin.ts' },
    output: { dir: 'dist', format: 'es', chunkFileNames: 'node-[name]-[hash].js' },
    external: (id) => id.startsWith('node:') || ['fuse.js/basic', 'yaml', 'marked'].includes(id),
    plugins: [ts(['src/engine/**/*.ts', 'src/knowledge/**/*.ts', 'src/cli/**/*.ts'])],
  },
];
