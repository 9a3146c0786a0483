import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

interface YearEntry {
  annee: number;
  ouvertures: number;
  fermetures: number;
}

const OPENING = '#18753c';
const CLOSURE = '#b3261e';

/** Openings and closures per year as paired bars, with the numbers written out for screen readers and print. */
export const YearChart = ({ years }: { years: YearEntry[] }) => {
  const translate = useTranslate();
  if (years.length === 0) return <Typography color="text.secondary">{translate('maillage.territory.noEvents')}</Typography>;
  const max = Math.max(1, ...years.flatMap((year) => [year.ouvertures, year.fermetures]));
  const barWidth = 14;
  const gap = 18;
  const height = 120;
  const width = years.length * (2 * barWidth + gap) + gap;
  return (
    <Box>
      <svg viewBox={`0 0 ${width} ${height + 24}`} style={{ width: '100%', maxWidth: Math.max(320, width * 2), maxHeight: 220 }} role="img" aria-label={translate('maillage.territory.years')}>
        {years.map((year, index) => {
          const x = gap + index * (2 * barWidth + gap);
          const opened = (year.ouvertures / max) * height;
          const closed = (year.fermetures / max) * height;
          return (
            <g key={year.annee}>
              <rect x={x} y={height - opened} width={barWidth} height={opened} fill={OPENING}>
                <title>{`${year.annee} : ${year.ouvertures} ouverture(s)`}</title>
              </rect>
              <rect x={x + barWidth} y={height - closed} width={barWidth} height={closed} fill={CLOSURE}>
                <title>{`${year.annee} : ${year.fermetures} fermeture(s)`}</title>
              </rect>
              <text x={x + barWidth} y={height + 16} textAnchor="middle" fontSize="10" fill="#3a3a3a">
                {year.annee}
              </text>
            </g>
          );
        })}
      </svg>
      <Box component="ul" sx={{ display: 'flex', gap: 3, listStyle: 'none', p: 0, flexWrap: 'wrap' }}>
        {years.map((year) => (
          <li key={year.annee}>
            <strong>{year.annee}</strong> : <span style={{ color: OPENING }}>{translate('maillage.territory.openings', { count: year.ouvertures })}</span>,{' '}
            <span style={{ color: CLOSURE }}>{translate('maillage.territory.closures', { count: year.fermetures })}</span>
          </li>
        ))}
      </Box>
    </Box>
  );
};
