import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

// Type-checking is `tsc`'s job (npm test); here TypeScript only transpiles.
const ts = (include) => typescript({ include, exclude: ['**/*.test.ts'], outDir: 'dist', noEmitOnError: true });

export default [
  {
    // Browser: the one-script-tag embed and the module entry. Lazy chunks sit
    // beside them so they are found relative to the script wherever it is hosted.
    input: { 'faq-chat': 'src/embed.ts', index: 'src/index.ts' },
    output: { dir: 'dist', format: 'es', chunkFileNames: 'faq-chat-[name]-[hash].js' },
    plugins: [resolve({ browser: true }), ts(['src/engine/**/*.ts', 'src/widget/**/*.ts', 'src/*.ts']), terser({ format: { comments: false } })],
  },
  {
    // Node: the engine as `faq-chat/engine`, and the `faq` command.
    input: { engine: 'src/engine/index.ts', cli: 'src/cli/bin.ts' },
    output: { dir: 'dist', format: 'es', chunkFileNames: 'node-[name]-[hash].js' },
    external: (id) => id.startsWith('node:') || ['fuse.js', 'yaml'].includes(id),
    plugins: [ts(['src/engine/**/*.ts', 'src/knowledge/**/*.ts', 'src/cli/**/*.ts'])],
  },
];
