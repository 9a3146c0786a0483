/** Bad command line, missing or unreadable input: exit code 2, message on stderr. */
export class UsageError extends Error {}

export const USAGE = `Utilisation :
  maillage validate <fichier> [options]   valide un fichier CSV, XLSX, JSON ou GeoJSON
      --schema <schema.json>     schéma Table Schema (défaut : le schéma commun, dernière version)
      --mapping <mapping.json>   correspondance colonnes du fichier → champs du schéma
      --format text|json         rapport lisible (défaut) ou rapport JSON complet
      --locale fr|en             langue du rapport (défaut : fr)
      --max-errors <N>           erreurs détaillées au plus (les totaux restent exacts)
      --sheet <nom>              feuille à lire dans un classeur XLSX (défaut : la première)
      --encoding <encodage>      force l'encodage (utf-8, windows-1252, iso-8859-1, iso-8859-15)
      --delimiter <séparateur>   force le séparateur CSV (« ; », « , », « tab », « | »)
  maillage schema doc|template [--schema <schema.json>] [--output <fichier>]
      doc : documentation du schéma (Markdown) ; template : modèle CSV vide à remplir

Codes de sortie : 0 fichier valide, 1 fichier invalide, 2 mauvaise utilisation ou fichier impossible à ouvrir.`;
