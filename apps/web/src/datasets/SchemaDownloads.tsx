import { Box, Button } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { useTranslate } from 'react-admin';
// The API serves no schema files: the templates ship with the app (the same files as schemas/ in the repository).
import templateCsv from '@maillage-schemas/sites-publics/1.0.0/modele.csv?url';
import templateXlsx from '@maillage-schemas/sites-publics/1.0.0/modele.xlsx?url';
import documentation from '@maillage-schemas/sites-publics/1.0.0/documentation.md?url';

/** Templates and documentation of the schema `sites-publics` 1.0.0, the only version published so far. */
export const SchemaDownloads = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}>
      <Button href={templateCsv} download="modele-sites-publics.csv" startIcon={<DownloadIcon />} variant="outlined" size="small">
        {translate('maillage.schema.templateCsv')}
      </Button>
      <Button href={templateXlsx} download="modele-sites-publics.xlsx" startIcon={<DownloadIcon />} variant="outlined" size="small">
        {translate('maillage.schema.templateXlsx')}
      </Button>
      <Button href={documentation} download="documentation-sites-publics.md" startIcon={<DownloadIcon />} variant="outlined" size="small">
        {translate('maillage.schema.documentation')}
      </Button>
    </Box>
  );
};
