// Writes src/main/resources/META-INF/resources/static/nlds.css and static/fonts/*.woff2 from the
// NL Design System packages in package-lock.json. Optional step: its output is checked in, so the
// service builds and runs with only a JDK (README "Pages"). Rebuild: cd frontend && npm ci && node bouw.mjs
//
// nlds.css = @font-face for the fonts served by the service itself (no font CDN)
//          + the Voorbeeld theme's custom properties, only those the CSS below uses (transitively)
//          + @utrecht/component-library-css purged to the classes the templates and scripts use,
//            plus whole component families a page plausibly uses (SAFELIST), so a new template
//            rarely needs a rebuild.
import { readFileSync, writeFileSync, mkdirSync, copyFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PurgeCSS } from 'purgecss';

const hier = dirname(fileURLToPath(import.meta.url));
const project = join(hier, '..');
const statisch = join(project, 'src/main/resources/META-INF/resources/static');
const templates = join(project, 'src/main/resources/templates');
const require = createRequire(import.meta.url);

const pakket = (naam) => {
  const map = dirname(require.resolve(`${naam}/package.json`));
  return { map, versie: JSON.parse(readFileSync(join(map, 'package.json'), 'utf8')).version };
};
const tokens = pakket('@nl-design-system-unstable/voorbeeld-design-tokens');
const utrecht = pakket('@utrecht/component-library-css');
const sans = pakket('@fontsource/noto-sans');
const serif = pakket('@fontsource/noto-serif');
const purgecss = pakket('purgecss');

// Component families kept whole, whether or not a template uses them yet.
// Left out (add here when a page needs them): radio-button, button-link, blockquote, data-list, link-list, nav-bar,
// nav-list and the rest of the library; each costs kilobytes on every page load.
const FAMILIES = [
  'alert', 'badge-status', 'body', 'button', 'button-group', 'checkbox', 'data-badge', 'document',
  'form', 'form-field', 'form-fieldset', 'form-label', 'heading', 'heading-1', 'heading-2', 'heading-3',
  'heading-4', 'heading-5', 'heading-6', 'html', 'link', 'ordered-list', 'page', 'page-body',
  'page-content', 'page-footer', 'page-header', 'paragraph', 'root', 'select',
  'separator', 'skip-link', 'status-badge', 'surface', 'table', 'table-container', 'textarea', 'textbox',
  'unordered-list',
];
// A family's base class, its elements (__) and modifiers (--), except the modifiers that only imitate a
// browser state for design documentation (--hover, --focus-visible, ...): the real :hover, :focus-visible
// rules stay, since they sit in the same rules under the base class.
const NABOOTSING = '(?:active|focus|focus-visible|focus-within|hover|visited|html-[a-z-]+|placeholder[a-z-]*|[a-z-]+-size)';
// Modifiers kept only when a template or script uses them: each button hint costs ~6 KB.
const ALLEEN_ALS_GEBRUIKT = { button: ['danger', 'ready', 'warning'] };
const familie = (naam) => {
  const niet = [NABOOTSING, ...(ALLEEN_ALS_GEBRUIKT[naam] || [])].join('|');
  return new RegExp(`^utrecht-${naam}($|__[a-z0-9-]+$|--(?!(?:${niet})$)[a-z0-9-]+$|__[a-z0-9-]+--(?!(?:${niet})$)[a-z0-9-]+$)`);
};

function bestanden(map, eindes) {
  const uit = [];
  for (const naam of readdirSync(map)) {
    const pad = join(map, naam);
    if (statSync(pad).isDirectory()) {
      if (naam !== 'fonts') uit.push(...bestanden(pad, eindes));
    } else if (eindes.some((e) => naam.endsWith(e)) && naam !== 'nlds.css') {
      uit.push(pad);
    }
  }
  return uit;
}

const inhoud = [...bestanden(templates, ['.html']), ...bestanden(statisch, ['.js'])];
const [componenten] = await new PurgeCSS().purge({
  content: inhoud,
  css: [join(utrecht.map, 'dist/index.css')],
  safelist: { standard: FAMILIES.map(familie) },
  // Utrecht's class names contain "--" and "__": keep them whole when scanning templates and scripts.
  defaultExtractor: (tekst) => tekst.match(/[A-Za-z0-9_-]+/g) || [],
  keyframes: true,
  fontFace: true,
});

// The theme's custom properties: keep those a var() in the components, the page CSS, the scripts or the
// templates refers to.
const thema = readFileSync(join(tokens.map, 'dist/theme.css'), 'utf8');
const definities = new Map();
for (const m of thema.matchAll(/^\s*(--[A-Za-z0-9_-]+)\s*:\s*([^;]*);/gm)) definities.set(m[1], m[2]);
const gebruikers = [componenten.css, ...bestanden(statisch, ['.css', '.js']).map((p) => readFileSync(p, 'utf8')),
  ...bestanden(templates, ['.html']).map((p) => readFileSync(p, 'utf8'))].join('\n');
// Only the properties used directly are written, each with its value resolved through the theme's
// chain (--utrecht-x: var(--basis-y) -> --basis-y: var(--voorbeeld-z) -> #hex): a quarter of the bytes.
// Consequence: overriding a --basis-* token in page CSS does not reach the --utrecht-* ones; override
// the --utrecht-* property itself.
const nodig = new Set([...gebruikers.matchAll(/var\(\s*(--[A-Za-z0-9_-]+)/g)].map((m) => m[1])
  .filter((naam) => definities.has(naam)));
const opgelost = new Map();
const losOp = (naam, bezig = new Set()) => {
  if (opgelost.has(naam)) return opgelost.get(naam);
  if (bezig.has(naam)) throw new Error(`kringverwijzing in het thema: ${naam}`);
  bezig.add(naam);
  const waarde = definities.get(naam).replace(/var\(\s*(--[A-Za-z0-9_-]+)\s*\)/g,
    (geheel, ander) => (definities.has(ander) ? losOp(ander, bezig) : geheel));
  opgelost.set(naam, waarde);
  return waarde;
};
const themaUit = `.voorbeeld-theme {\n${[...definities.keys()].filter((n) => nodig.has(n))
  .map((n) => `  ${n}: ${losOp(n)};`).join('\n')}\n}\n`;

// Fonts: latin subset, woff2 only (every browser the pages support reads woff2).
const FONTS = [
  ['Noto Sans', sans, 400], ['Noto Sans', sans, 700], ['Noto Serif', serif, 700],
];
mkdirSync(join(statisch, 'fonts'), { recursive: true });
// The OFL asks that its text travel with the fonts.
copyFileSync(join(sans.map, 'LICENSE'), join(statisch, 'fonts', 'OFL-noto-sans.txt'));
copyFileSync(join(serif.map, 'LICENSE'), join(statisch, 'fonts', 'OFL-noto-serif.txt'));
const fontFaces = FONTS.map(([familie, bron, gewicht]) => {
  const bestand = `${familie.toLowerCase().replace(' ', '-')}-latin-${gewicht}-normal.woff2`;
  copyFileSync(join(bron.map, 'files', bestand), join(statisch, 'fonts', bestand));
  return `@font-face {\n  font-family: '${familie}';\n  font-style: normal;\n  font-display: swap;\n  font-weight: ${gewicht};\n`
    + `  src: url(/static/fonts/${bestand}) format('woff2');\n}\n`;
}).join('');

const kop = `/*
 * GENERATED by frontend/bouw.mjs - do not edit; rebuild with: cd frontend && npm ci && node bouw.mjs
 * Sources (npm, exact versions in frontend/package-lock.json):
 *   @nl-design-system-unstable/voorbeeld-design-tokens ${tokens.versie} (EUPL-1.2) - theme .voorbeeld-theme, only the custom properties used, values resolved
 *   @utrecht/component-library-css ${utrecht.versie} (EUPL-1.2) - utrecht-* components, purged with purgecss ${purgecss.versie}
 *   @fontsource/noto-sans ${sans.versie}, @fontsource/noto-serif ${serif.versie} (fonts: SIL Open Font License 1.1, text in /static/fonts/OFL-*.txt) - latin, woff2
 * Purged against src/main/resources/templates/**/*.html and static/**/*.js, keeping whole component families (frontend/bouw.mjs)
 */
`;
// Drop the packages' own comment banners (the header above names them and their licences).
// Then a plain minification: whitespace around braces, semicolons, commas and after colons carries
// no meaning in this CSS (no strings with such characters; a space before ':' is kept, it is a selector).
const klein = (css) => css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ')
  .replace(/\s*([{};,])\s*/g, '$1').replace(/:\s+/g, ':').replace(/;}/g, '}').trim();
const uit = kop + klein(fontFaces + themaUit + componenten.css.replace(/@charset[^;]*;/g, '')) + '\n';
writeFileSync(join(statisch, 'nlds.css'), uit);
console.log(`nlds.css: ${(Buffer.byteLength(uit) / 1024).toFixed(1)} KB (${nodig.size} of ${definities.size} theme properties)`);
