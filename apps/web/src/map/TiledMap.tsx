import { Box } from '@mui/material';
import { useMemo } from 'react';
import type { MapPoint } from './FranceMap';
import { tileUrl, tileView, worldPixel, TILE_SIZE } from './tiles';

const WIDTH = 768;
const HEIGHT = 480;

interface TiledMapProps {
  points: MapPoint[];
  template: string;
  title: string;
  /** Called on the first tile that does not load: the caller falls back to the offline map. */
  onTileError: () => void;
}

/** Sites over raster tiles: a grid of `<img>` positioned by hand, an SVG of dots on top. */
export const TiledMap = ({ points, template, title, onTileError }: TiledMapProps) => {
  const view = useMemo(() => tileView(points, WIDTH, HEIGHT), [points]);
  const percent = (value: number, of: number) => `${(value / of) * 100}%`;
  return (
    <Box sx={{ position: 'relative', width: '100%', maxWidth: WIDTH, aspectRatio: `${WIDTH} / ${HEIGHT}`, overflow: 'hidden', background: '#f5f5fe' }} data-testid="tile-map">
      {view.tiles.map((tile) => (
        <img
          key={tile.key}
          src={tileUrl(template, view.zoom, tile.x, tile.y)}
          alt=""
          onError={onTileError}
          data-testid="map-tile"
          style={{ position: 'absolute', left: percent(tile.left, WIDTH), top: percent(tile.top, HEIGHT), width: percent(TILE_SIZE, WIDTH), height: percent(TILE_SIZE, HEIGHT) }}
        />
      ))}
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={title} style={{ position: 'absolute', inset: 0, width: '100%', height: '100%' }}>
        <title>{title}</title>
        {points.map((point) => {
          const pixel = worldPixel(point.latitude, point.longitude, view.zoom);
          return (
            <circle key={point.key} cx={pixel.x - view.originX} cy={pixel.y - view.originY} r={5} fill={point.color} stroke="#ffffff" strokeWidth={1.5} data-testid="map-point">
              <title>{point.label}</title>
            </circle>
          );
        })}
      </svg>
    </Box>
  );
};
