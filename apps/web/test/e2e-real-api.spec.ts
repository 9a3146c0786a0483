/**
 * @jest-environment node
 */
import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import path from 'path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { accessibilityViolations } from './accessibility';
import { startRealApi, type RealApi } from './real-api-server';

const chromiumPath = '/usr/bin/chromium';
const repoRoot = path.resolve(__dirname, '../../..');
const realFile = path.resolve(repoRoot, '../shared/data/real/france_services_2024-08-01.csv');
const mappingFile = path.join(repoRoot, 'schemas/sites-publics/1.0.0/mappings/france-services.mapping.json');
const screenshots = path.join(repoRoot, 'test-artifacts/web/e2e');
const missing = [chromiumPath, realFile].filter((file) => !existsSync(file));
const describeIfReady = missing.length === 0 ? describe : describe.skip;
if (missing.length > 0) console.warn(`Parcours complet web + API ignoré : ${missing.join(', ')} absent(s) (apt-get install chromium ; dossier shared/ à côté du dépôt).`);

jest.setTimeout(240_000);
/** Steps that load the validation engine and its reference data (about 14 MB), in the browser or in the API: slow on a loaded CI machine. */
const ENGINE_TIMEOUT = 90_000;

const ADMIN_PASSWORD = 'mot-de-passe-admin-e2e';
const PRODUCER = { username: 'camille.producteur', password: 'producteur-e2e-2026' };
const REVIEWER = { username: 'dominique.relecteur', password: 'relecteur-e2e-2026' };
/** Ardèche (30 France services, all valid) and Drôme (one row with a postal code that is not its commune's). */
const DEPARTEMENTS = ['07', '26'];

/** An excerpt cut at test time from the real file: the France services of two neighbouring départements. */
function cutExcerpt(dir: string): { file: string; header: string[]; rows: string[][] } {
  const [header, ...rows] = Papa.parse<string[]>(readFileSync(realFile, 'utf8'), { skipEmptyLines: true }).data;
  const insee = header.indexOf('insee_com');
  const kept = rows.filter((row) => DEPARTEMENTS.includes(row[insee].slice(0, 2)));
  const file = path.join(dir, 'france-services-ardeche-drome.csv');
  writeFileSync(file, Papa.unparse([header, ...kept], { newline: '\r\n' }));
  return { file, header, rows: kept };
}

describeIfReady('parcours complet dans Chromium contre la vraie API', () => {
  let workDir: string;
  let api: RealApi;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];
  let step = 0;

  const shot = async (name: string) => {
    step++;
    await page.screenshot({ path: path.join(screenshots, `${String(step).padStart(2, '0')}-${name}.png`), fullPage: true });
  };

  const signIn = async (username: string, password: string) => {
    await page.goto(`${api.url}/#/login`);
    await page.getByLabel('Identifiant').fill(username);
    await page.getByLabel('Mot de passe').fill(password);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    // The user menu, named after the person, appears once signed in (the login page has a « Maillage » heading too).
    await page.getByRole('button', { name: username }).waitFor();
  };

  const signOut = async (username: string) => {
    await page.getByRole('button', { name: username }).click();
    await page.getByRole('menuitem', { name: 'Déconnexion' }).click();
    await page.getByRole('button', { name: 'Se connecter' }).waitFor();
  };

  const chooseOption = async (label: string, option: string) => {
    await page.getByRole('combobox', { name: label }).click();
    await page.getByRole('option', { name: option, exact: true }).click();
  };

  beforeAll(async () => {
    workDir = mkdtempSync(path.join(tmpdir(), 'maillage-e2e-web-'));
    const webDir = path.join(workDir, 'web');
    const build = spawnSync(path.join(repoRoot, 'node_modules/.bin/vite'), ['build', '--config', 'apps/web/vite.config.mts', '--outDir', webDir, '--emptyOutDir', '--logLevel', 'error'], {
      cwd: repoRoot,
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`La construction de l'application web a échoué :\n${build.stderr}${build.stdout}`);
    api = await startRealApi(path.join(workDir, 'data'), webDir, ADMIN_PASSWORD);
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-FR', acceptDownloads: true });
    page = await context.newPage();
    page.setDefaultTimeout(30_000);
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    rmSync(screenshots, { recursive: true, force: true });
    mkdirSync(screenshots, { recursive: true });
  }, 150_000);

  // The page as it was when a step failed, beside the steps' screenshots.
  afterEach(async () => {
    if (page && !page.isClosed()) await page.screenshot({ path: path.join(screenshots, 'derniere-page.png'), fullPage: true });
  });

  afterAll(async () => {
    await browser?.close();
    await api?.close();
    if (workDir) rmSync(workDir, { recursive: true, force: true });
  });

  it('un admin prépare, un producteur dépose et corrige, un relecteur approuve, le public voit les sites', async () => {
    const excerpt = cutExcerpt(workDir);
    const inseeColumn = excerpt.header.indexOf('insee_com');
    const ardecheCount = excerpt.rows.filter((row) => row[inseeColumn].startsWith('07')).length;

    await page.goto(`${api.url}/#/login`);
    await page.getByRole('button', { name: 'Se connecter' }).waitFor();
    await shot('connexion');
    expect(await accessibilityViolations(page)).toEqual([]);

    // Admin: organisation, dataset, producer and reviewer, all through the screens.
    await signIn('admin', ADMIN_PASSWORD);
    await shot('admin-tableau-de-bord');
    await page.goto(`${api.url}/#/organizations/create`);
    await page.locator('input[name=name]').fill('Agence nationale de la cohésion des territoires');
    await page.locator('input[name=slug]').fill('anct');
    await chooseOption('Type', 'Opérateur');
    await shot('admin-organisation-creation');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('anct', { exact: true }).waitFor();

    await page.goto(`${api.url}/#/datasets/create`);
    await page.getByRole('combobox', { name: 'Organisation' }).fill('cohésion');
    await page.getByRole('option', { name: 'Agence nationale de la cohésion des territoires' }).click();
    await page.locator('input[name=name]').fill('Espaces France services');
    await page.locator('input[name=slug]').fill('france-services');
    await shot('admin-jeu-creation');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('france-services', { exact: true }).waitFor();
    const datasetUrl = page.url();

    for (const [account, role] of [
      [PRODUCER, 'Producteur'],
      [REVIEWER, 'Relecteur'],
    ] as const) {
      await page.goto(`${api.url}/#/users/create`);
      await page.locator('input[name=username]').fill(account.username);
      await page.locator('input[name=password]').fill(account.password);
      await page.getByRole('combobox', { name: 'Rôles' }).click();
      await page.getByRole('option', { name: role }).click();
      await page.keyboard.press('Escape');
      if (role === 'Producteur') {
        await page.getByRole('combobox', { name: 'Organisations' }).fill('cohésion');
        await page.getByRole('option', { name: 'Agence nationale de la cohésion des territoires' }).click();
        await shot('admin-producteur-creation');
      }
      await page.getByRole('button', { name: 'Enregistrer' }).click();
      await page.getByRole('table').getByText(account.username).waitFor();
    }
    await shot('admin-utilisateurs');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.getByRole('menuitem', { name: 'Journal d’audit' }).click();
    await page.getByRole('table').getByText('user.created').first().waitFor();
    await shot('admin-journal-audit');
    await page.getByRole('menuitem', { name: 'Schémas' }).click();
    await page.getByRole('cell', { name: '1.0.0' }).first().waitFor();
    await shot('admin-schemas');
    await signOut('admin');

    // Producer: the file is read and checked in the browser, then sent.
    await signIn(PRODUCER.username, PRODUCER.password);
    await page.goto(datasetUrl);
    await page.getByRole('link', { name: 'Déposer un fichier' }).click();
    await page.getByTestId('data-file').setInputFiles(excerpt.file);
    await page.getByTestId('detected-delimiter').waitFor({ timeout: ENGINE_TIMEOUT });
    expect(await page.getByTestId('detected-encoding').innerText()).toBe('utf-8');
    expect(await page.getByTestId('detected-delimiter').innerText()).toBe('virgule (,)');
    // The France services export is recognised: the repository's mapping for it is proposed, nothing to type.
    expect(await page.getByTestId('mapping-origin').innerText()).toContain('france-services');
    expect(JSON.parse(readFileSync(mappingFile, 'utf8')).fields.type_site).toEqual({ constant: 'france_services' });
    await page.locator('[data-field="type_site"] input[value="france_services"]').waitFor();
    await page.getByRole('button', { name: 'Vérifier avant l’envoi' }).click();
    await page.getByTestId('preview-verdict').waitFor({ timeout: ENGINE_TIMEOUT });
    expect(await page.getByTestId('preview-verdict').innerText()).toContain('1 erreur(s)');
    await shot('producteur-verification-navigateur');
    await page.getByRole('button', { name: 'Enregistrer la correspondance pour ce jeu' }).click();
    await page.getByText('Correspondance enregistrée').waitFor();
    await page.getByRole('button', { name: 'Envoyer le fichier' }).click();

    await page.getByTestId('report-verdict').waitFor({ timeout: ENGINE_TIMEOUT });
    expect(await page.getByTestId('report-verdict').innerText()).toContain('Fichier invalide');
    await page.getByRole('table', { name: 'Synthèse du rapport' }).getByRole('cell', { name: 'Code postal incohérent avec la commune' }).waitFor();
    await shot('producteur-rapport-invalide');
    await page.getByRole('tab', { name: 'Lignes en erreur' }).click();
    const faulty = page.getByTestId('errors-table').locator('tbody tr', { has: page.locator('td[data-severity="error"]') });
    const rowNumber = Number(await faulty.locator('td').first().innerText());
    expect(await page.getByTestId('errors-table').locator('td[data-severity="error"]').count()).toBe(1);
    await shot('producteur-lignes-en-erreur');
    expect(await accessibilityViolations(page)).toEqual([]);

    // Downloads: the errors as CSV (from the API), the producer's own file annotated as XLSX (built in the browser).
    await page.getByRole('tab', { name: 'Rapport' }).click();
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger les erreurs (CSV)' }).click()]);
    const csvPath = path.join(workDir, 'erreurs.csv');
    await csvDownload.saveAs(csvPath);
    expect(readFileSync(csvPath, 'utf8')).toContain('26400');
    const [xlsxDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Télécharger le fichier annoté (Excel)' }).click()]);
    expect(xlsxDownload.suggestedFilename()).toBe('france-services-ardeche-drome-annote.xlsx');
    const xlsxPath = path.join(workDir, 'annote.xlsx');
    await xlsxDownload.saveAs(xlsxPath);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsxPath);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).getCell(excerpt.header.length + 1).text).toBe('Erreurs');
    expect(sheet.getRow(rowNumber).getCell(excerpt.header.length + 1).text).toContain('code_postal');
    expect(sheet.rowCount).toBe(excerpt.rows.length + 1);

    // The organisation's API token and SFTP account, created by the producer.
    await page.getByRole('menuitem', { name: 'Organisations' }).click();
    await page.getByRole('table').getByText('Agence nationale de la cohésion des territoires').click();
    await page.getByRole('tab', { name: 'Jetons d’API' }).click();
    await page.getByLabel('Nom du jeton').fill('Export nocturne');
    await page.getByRole('button', { name: 'Créer le jeton' }).click();
    expect(await page.getByTestId('api-token-secret').innerText()).toMatch(/^mlg_/);
    await page.getByRole('table').getByText('Export nocturne').waitFor();
    await shot('producteur-jetons');
    await page.getByRole('tab', { name: 'Comptes SFTP' }).click();
    await page.getByLabel('Identifiant SSH').fill('anct-depot');
    await page.getByRole('radio', { name: 'Mot de passe' }).check();
    await page.locator('#sftp-secret').fill('depot-sftp-e2e-2026');
    await page.getByRole('button', { name: 'Créer le compte' }).click();
    await page.getByRole('table', { name: 'Comptes SFTP' }).getByText('anct-depot').waitFor();
    await shot('producteur-sftp');
    expect(await accessibilityViolations(page)).toEqual([]);

    // The fix: the faulty row is left out of the next file (row numbers count the header as row 1).
    const fixed = path.join(workDir, 'france-services-ardeche-drome-corrige.csv');
    writeFileSync(fixed, Papa.unparse([excerpt.header, ...excerpt.rows.filter((_, index) => index + 2 !== rowNumber)], { newline: '\r\n' }));
    await page.goto(datasetUrl);
    await page.getByRole('link', { name: 'Déposer un fichier' }).click();
    await page.getByTestId('data-file').setInputFiles(fixed);
    // The mapping saved with the first file is proposed again.
    await page.locator('[data-field="type_site"] input[value="france_services"]').waitFor();
    await page.getByRole('button', { name: 'Envoyer le fichier' }).click();
    await page.getByTestId('report-verdict').waitFor({ timeout: ENGINE_TIMEOUT });
    expect(await page.getByTestId('report-verdict').innerText()).toContain('Fichier valide');
    await shot('producteur-rapport-valide');
    await page.getByRole('button', { name: 'Soumettre à la relecture' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirmer' }).click();
    await page.getByText('soumis à la relecture').first().waitFor();
    await shot('producteur-soumis');
    await signOut(PRODUCER.username);

    // Reviewer: the queue, the diff and its map, approval.
    await signIn(REVIEWER.username, REVIEWER.password);
    await page.getByRole('menuitem', { name: 'File de relecture' }).click();
    const queued = page.getByRole('table').getByText('france-services-ardeche-drome-corrige.csv');
    await queued.waitFor();
    await shot('relecteur-file');
    await queued.click();
    await page.getByRole('tab', { name: 'Différences avec la version publiée' }).click();
    await page.getByTestId('diff-counts').getByText(`${excerpt.rows.length - 1} ajoutés`).waitFor();
    await page.getByTestId('map-point').first().waitFor();
    expect(await page.getByTestId('map-point').count()).toBe(excerpt.rows.length - 1);
    await shot('relecteur-differences-carte');
    expect(await accessibilityViolations(page)).toEqual([]);
    // Approval at a date, then undone: the scheduled publication is cancelled and the submission is back in review.
    await page.getByRole('button', { name: 'Approuver' }).click();
    await page.getByRole('radio', { name: 'Publier à une date' }).check();
    await page.getByLabel('Publier le').fill('2030-01-02T08:00');
    await page.getByRole('dialog').getByRole('button', { name: 'Confirmer' }).click();
    await page.getByText('Publication programmée le 02/01/2030 08:00').first().waitFor();
    await shot('relecteur-publication-programmee');
    await page.getByRole('button', { name: 'Annuler la publication programmée' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirmer' }).click();
    await page.getByText('soumis à la relecture', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Approuver' }).click();
    await page.getByLabel('Commentaire (facultatif)').fill('Liste vérifiée, merci.');
    await shot('relecteur-approbation');
    await page.getByRole('dialog').getByRole('button', { name: 'Confirmer' }).click();
    await page.getByText('publié', { exact: true }).waitFor();
    await shot('relecteur-publie');
    await signOut(REVIEWER.username);

    // Anyone: the public page of Ardèche, found by searching.
    await page.goto(`${api.url}/#/territoire`);
    await page.getByLabel('Commune, EPCI, département ou région').fill('Ardèche');
    await page.getByRole('option', { name: /Ardèche — Département 07/ }).click();
    await page.getByRole('heading', { name: 'Ardèche', level: 1 }).waitFor();
    await page.getByTestId('open-sites').getByText(String(ardecheCount)).waitFor();
    await page.getByTestId('map-point').first().waitFor();
    expect(await page.getByTestId('map-point').count()).toBe(ardecheCount);
    await page.getByRole('link', { name: 'Fil des changements (Atom)' }).waitFor();
    await shot('public-territoire-ardeche');
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 375, height: 800 });
    await page.getByTestId('france-map').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await shot('public-territoire-ardeche-mobile');
    await page.setViewportSize({ width: 1280, height: 900 });

    // A second list: one site moves street, one is gone. The reviewer sees both and sends the list back with a comment.
    const published = excerpt.rows.filter((_, index) => index + 2 !== rowNumber);
    const addressColumn = excerpt.header.indexOf('adresse');
    const [moved, gone, ...kept] = published;
    const movedAfter = [...moved];
    movedAfter[addressColumn] = '1 place de la Mairie';
    const second = path.join(workDir, 'france-services-ardeche-drome-v2.csv');
    writeFileSync(second, Papa.unparse([excerpt.header, movedAfter, ...kept], { newline: '\r\n' }));
    await signIn(PRODUCER.username, PRODUCER.password);
    await page.goto(datasetUrl);
    await page.getByText('depuis le fichier « france-services-ardeche-drome-corrige.csv »', { exact: false }).waitFor();
    await shot('producteur-jeu-publie');
    await page.getByRole('link', { name: 'Déposer un fichier' }).click();
    // Dropped on the drop zone this time, as a person drags it from their file manager.
    await page.getByTestId('drop-zone').waitFor();
    await page.evaluate(
      ({ name, content }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([content], name, { type: 'text/csv' }));
        document.querySelector('[data-testid="drop-zone"]')?.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      },
      { name: path.basename(second), content: readFileSync(second, 'utf8') },
    );
    await page.locator('[data-field="type_site"] input[value="france_services"]').waitFor({ timeout: ENGINE_TIMEOUT });
    await page.getByRole('button', { name: 'Envoyer le fichier' }).click();
    await page.getByTestId('report-verdict').waitFor({ timeout: ENGINE_TIMEOUT });
    await page.getByRole('button', { name: 'Soumettre à la relecture' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Confirmer' }).click();
    await page.getByText('soumis à la relecture', { exact: true }).waitFor();
    await signOut(PRODUCER.username);

    await signIn(REVIEWER.username, REVIEWER.password);
    await page.getByRole('menuitem', { name: 'File de relecture' }).click();
    await page.getByRole('table').getByText('france-services-ardeche-drome-v2.csv').click();
    await page.getByRole('tab', { name: 'Différences avec la version publiée' }).click();
    const counts = page.getByTestId('diff-counts');
    await counts.getByText('1 retirés').waitFor();
    await counts.getByText('1 modifiés').waitFor();
    await page.getByRole('table', { name: 'Sites modifiés' }).getByText('1 place de la Mairie').waitFor();
    await page.getByRole('table', { name: 'Sites modifiés' }).getByText(moved[addressColumn], { exact: true }).waitFor();
    await page.getByRole('table', { name: 'Événements' }).getByText('Retrait à confirmer').waitFor();
    await shot('relecteur-differences-modifications');
    await page.getByRole('button', { name: 'Demander des corrections' }).click();
    await page.getByLabel('Ce que le producteur doit corriger').fill(`Le site ${gone[excerpt.header.indexOf('lib_fs')]} a-t-il vraiment fermé ?`);
    await page.getByRole('dialog').getByRole('button', { name: 'Confirmer' }).click();
    await page.getByText('corrections demandées', { exact: true }).waitFor();
    await page.getByRole('tab', { name: 'Relecture (1)' }).click();
    await page.getByText('a-t-il vraiment fermé ?').waitFor();
    await shot('relecteur-corrections-demandees');
    expect(await accessibilityViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
