/**
 * @jest-environment node
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { accessibilityViolations } from './accessibility';
import { ardecheSites } from './fake-public-api';
import { createFakeSimpleRestApi } from './fake-simple-rest';
import { organizations } from './fixtures';
import { fakeAdminSession, SESSION_STORAGE_KEY } from './session';
import { startStaticServer } from './static-server';
import { closedPort, startTileServer } from './tile-server';

const chromiumPath = '/usr/bin/chromium';
const repoRoot = path.resolve(__dirname, '../../..');
const screenshots = path.join(repoRoot, 'test-artifacts/web');
const describeWithChromium = existsSync(chromiumPath) ? describe : describe.skip;
if (!existsSync(chromiumPath)) {
  console.warn(`${chromiumPath} absent : test navigateur de l'application web ignoré (apt-get install chromium).`);
}

// Generous: CI runs every Jest project at once on two cores.
jest.setTimeout(45_000);

async function columnHeaders(page: Page): Promise<string[]> {
  const headers = await page.getByRole('table').locator('thead th').allInnerTexts();
  return headers.map((header) => header.trim()).filter(Boolean);
}

describeWithChromium('application web dans Chromium', () => {
  const api = createFakeSimpleRestApi();
  let outDir: string;
  let server: Awaited<ReturnType<typeof startStaticServer>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const consoleErrors: string[] = [];
  let unreachableTileHost: string | null = null;

  beforeAll(async () => {
    // Builds the current sources rather than trusting a dist/ that may be stale (CI runs tests without building).
    outDir = mkdtempSync(path.join(tmpdir(), 'maillage-web-'));
    const build = spawnSync(
      path.join(repoRoot, 'node_modules/.bin/vite'),
      ['build', '--config', 'apps/web/vite.config.mts', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
      { cwd: repoRoot, encoding: 'utf8' },
    );
    if (build.status !== 0) throw new Error(`La construction de l'application web a échoué :\n${build.stderr}${build.stdout}`);
    server = await startStaticServer(outDir, api.handle);
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    mkdirSync(screenshots, { recursive: true });
  }, 120_000);

  // A fresh context per test: react-admin keeps list filters and the locale in localStorage.
  beforeEach(async () => {
    consoleErrors.length = 0;
    unreachableTileHost = null;
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'fr-FR' });
    // Signed in as an admin: these tests are about the screens, the e2e suite covers signing in against the real API.
    await context.addInitScript(([key, session]) => sessionStorage.setItem(key, session), [SESSION_STORAGE_KEY, JSON.stringify(fakeAdminSession)] as const);
    page = await context.newPage();
    // Fails on the locator that never showed up rather than on Jest's test timeout.
    page.setDefaultTimeout(15_000);
    page.on('console', (message) => {
      // Chromium logs a tile that cannot be fetched as "Failed to load resource"; the page handles it (fallback map).
      if (message.type() === 'error' && !(unreachableTileHost && message.location().url.startsWith(unreachableTileHost))) consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    page.on('response', (response) => {
      if (response.status() >= 400) consoleErrors.push(`${response.status()} ${response.url()}`);
    });
  });

  afterEach(async () => {
    await context?.close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it('affiche le tableau de bord en français avec les décomptes', async () => {
    await page.goto(server.url);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await page.title()).toContain('Maillage');
    await page.getByRole('heading', { name: 'Maillage', level: 1 }).waitFor();
    await page.getByText('Organisations productrices').waitFor();
    await page.getByText('3', { exact: true }).waitFor();
    await page.getByText('2', { exact: true }).waitFor();
    await page.screenshot({ path: path.join(screenshots, 'dashboard.png'), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('liste les organisations en français, triées par nom, sans erreur dans la console', async () => {
    await page.goto(`${server.url}/#/organizations`);
    const table = page.getByRole('table');
    await table.getByText('La Poste').waitFor();
    expect(await columnHeaders(page)).toEqual(['Nom', 'Identifiant court', 'SIREN', 'Type']);
    const names = await table.locator('tbody td.column-name').allInnerTexts();
    expect(names).toEqual(['Agence nationale de la cohésion des territoires', 'Direction générale des Finances publiques', 'La Poste']);
    expect(await table.locator('tbody td.column-kind').allInnerTexts()).toEqual(['Opérateur', 'Direction', 'Opérateur']);
    await page.getByText('1-3 sur 3').waitFor();
    expect(api.requests).toContainEqual(expect.stringMatching(/^GET \/api\/organizations\?.*range=/));
    await page.screenshot({ path: path.join(screenshots, 'organizations.png'), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it("montre un jeu de données avec le nom de son organisation", async () => {
    await page.goto(`${server.url}/#/datasets`);
    const table = page.getByRole('table');
    await table.getByText('Bureaux de poste').waitFor();
    await table.getByRole('link', { name: 'La Poste' }).waitFor();
    await table.getByText('Bureaux de poste').click();
    await page.getByText('Bureaux, agences postales communales et relais poste.').waitFor();
    await page.getByText('Version du schéma').waitFor();
    await page.getByText('Aucun fichier déposé pour l’instant.').waitFor();
    await page.getByRole('link', { name: 'Télécharger (CSV)' }).waitFor();
    await page.screenshot({ path: path.join(screenshots, 'dataset-show.png'), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  it('montre une organisation et ses jeux de données', async () => {
    await page.goto(`${server.url}/#/organizations`);
    await page.getByRole('table').getByText('La Poste').click();
    await page.getByText('demo-poste').waitFor();
    await page.getByText('Identifiant court').waitFor();
    await page.getByRole('table').getByText('Bureaux de poste').click();
    await page.getByText('Bureaux, agences postales communales et relais poste.').waitFor();
    expect(consoleErrors).toEqual([]);
  });

  it('filtre les jeux de données par organisation', async () => {
    await page.goto(`${server.url}/#/datasets`);
    await page.getByRole('table').getByText('Espaces France services').waitFor();
    await page.getByRole('button', { name: 'Ajouter un filtre' }).click();
    await page.getByRole('menuitemcheckbox', { name: 'Organisation' }).click();
    await page.getByRole('combobox', { name: 'Organisation' }).fill('Poste');
    await page.getByRole('option', { name: 'La Poste' }).click();
    await page.getByRole('table').getByText('Espaces France services').waitFor({ state: 'detached' });
    await page.getByText('1-1 sur 1').waitFor();
    await page.getByRole('table').getByText('Bureaux de poste').waitFor();
    expect(api.requests).toContainEqual(expect.stringContaining(encodeURIComponent(`"organizationId":"${organizations[0].id}"`)));
    expect(consoleErrors).toEqual([]);
  });

  it("passe en anglais depuis le sélecteur de langue et met à jour l'attribut lang", async () => {
    await page.goto(`${server.url}/#/organizations`);
    await page.getByRole('table').getByText('La Poste').waitFor();
    await page.getByRole('button', { name: /Français/i }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('table').getByText('Directorate').waitFor();
    expect(await columnHeaders(page)).toEqual(['Name', 'Short name', 'SIREN', 'Type']);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(consoleErrors).toEqual([]);
  });

  it("s'affiche sur un écran de téléphone", async () => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(`${server.url}/#/organizations`);
    await page.getByText('Direction générale des Finances publiques').waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(screenshots, 'organizations-mobile.png'), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
  it('montre la page publique d’un département sur des tuiles configurées', async () => {
    const tiles = await startTileServer();
    try {
      await page.addInitScript((url) => {
        window.__MAILLAGE_CONFIG__ = { mapTileUrl: `${url}/{z}/{x}/{y}.png`, mapTileAttribution: '© Tuiles de test' };
      }, tiles.url);
      await page.goto(`${server.url}/#/territoire/departement/07`);
      await page.getByRole('heading', { name: 'Ardèche', level: 1 }).waitFor();
      await page.getByTestId('tile-map').waitFor();
      expect(await page.getByTestId('map-point').count()).toBe(ardecheSites.length);
      await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('[data-testid="map-tile"]')].every((tile) => tile.complete && tile.naturalWidth === 256));
      expect(tiles.requests.length).toBeGreaterThan(0);
      expect(tiles.requests.every((request) => /^\/\d+\/\d+\/\d+\.png$/.test(request))).toBe(true);
      await page.getByText(`${ardecheSites.length} sites placés · fond : © Tuiles de test`).waitFor();
      expect(await page.getByTestId('france-map').count()).toBe(0);
      await page.screenshot({ path: path.join(screenshots, 'territoire-tuiles.png'), fullPage: true });
      expect(await accessibilityViolations(page)).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      await tiles.close();
    }
  });

  it('revient aux départements dessinés quand le serveur de tuiles est injoignable', async () => {
    unreachableTileHost = `http://127.0.0.1:${await closedPort()}`;
    await page.addInitScript((url) => {
      window.__MAILLAGE_CONFIG__ = { mapTileUrl: `${url}/{z}/{x}/{y}.png` };
    }, unreachableTileHost);
    await page.goto(`${server.url}/#/territoire/departement/07`);
    await page.getByRole('heading', { name: 'Ardèche', level: 1 }).waitFor();
    await page.getByTestId('france-map').waitFor();
    expect(await page.getByTestId('tile-map').count()).toBe(0);
    expect(await page.getByTestId('map-point').count()).toBe(ardecheSites.length);
    await page.getByText(/fond : départements/).waitFor();
    await page.screenshot({ path: path.join(screenshots, 'territoire-sans-tuiles.png'), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
  it('place les sites de La Réunion dans son encart', async () => {
    await page.goto(`${server.url}/#/territoire/departement/974`);
    await page.getByRole('heading', { name: 'La Réunion', level: 1 }).waitFor();
    await page.getByTestId('france-map').waitFor();
    expect(await page.getByTestId('map-point').count()).toBe(2);
    await page.getByText('2 sites placés', { exact: false }).waitFor();
    const inset = await page.getByTestId('map-inset').filter({ hasText: 'La Réunion (974)' }).boundingBox();
    for (const point of await page.getByTestId('map-point').all()) {
      const box = await point.boundingBox();
      expect(box && inset && box.x >= inset.x && box.x + box.width <= inset.x + inset.width && box.y >= inset.y && box.y + box.height <= inset.y + inset.height).toBe(true);
    }
    await page.screenshot({ path: path.join(screenshots, 'territoire-la-reunion.png'), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
  it('liste les sites du territoire page par page', async () => {
    await page.goto(`${server.url}/#/territoire/departement/07`);
    const table = page.getByRole('table', { name: 'Liste des sites' });
    await table.getByRole('rowheader', { name: 'France services de Privas' }).waitFor();
    expect(await table.locator('thead th').allInnerTexts()).toEqual(['Nom', 'Type', 'Commune', 'Statut']);
    expect(await table.locator('tbody tr').count()).toBe(10);
    expect(await table.getByRole('row', { name: /France services d’Annonay/ }).locator('td').allInnerTexts()).toEqual(['france services', 'Annonay', 'Fermeture prévue']);
    await page.getByText(`1–10 sur ${ardecheSites.length}`).waitFor();
    expect(api.requests).toContain('GET /api/public/sites?departement=07&page=1&per_page=10');
    await page.getByRole('button', { name: 'Page suivante' }).click();
    await page.getByText(`11–${ardecheSites.length} sur ${ardecheSites.length}`).waitFor();
    expect(await table.locator('tbody tr').count()).toBe(ardecheSites.length - 10);
    await table.getByRole('rowheader', { name: ardecheSites[ardecheSites.length - 1].nom }).waitFor();
    expect(api.requests).toContain('GET /api/public/sites?departement=07&page=2&per_page=10');
    await page.screenshot({ path: path.join(screenshots, 'territoire-liste-des-sites.png'), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 375, height: 740 });
    const lastPage = await page.getByRole('button', { name: 'Dernière page' }).boundingBox();
    expect(lastPage && lastPage.x + lastPage.width).toBeLessThanOrEqual(375);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(screenshots, 'territoire-liste-des-sites-mobile.png'), fullPage: true });
    expect(consoleErrors).toEqual([]);
  });
});
