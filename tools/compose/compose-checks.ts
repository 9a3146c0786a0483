import fs from 'fs';
import path from 'path';

/** The subset of a parsed Compose file these checks read. */
export interface ComposeService {
  image?: string;
  build?: string | { context?: string; dockerfile?: string };
  command?: string | string[];
  environment?: Record<string, string | number | boolean | null> | string[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  volumes?: Array<string | { type?: string; source?: string; target?: string }>;
  healthcheck?: { test?: string | string[] };
  deploy?: { replicas?: number };
  ports?: Array<string | number | Record<string, unknown>>;
}

export interface ComposeFile {
  services: Record<string, ComposeService>;
  volumes?: Record<string, unknown>;
}

export function dependencyNames(service: ComposeService): string[] {
  const dependsOn = service.depends_on ?? [];
  return Array.isArray(dependsOn) ? dependsOn : Object.keys(dependsOn);
}

export function environmentOf(service: ComposeService): Record<string, string> {
  const environment = service.environment ?? {};
  if (Array.isArray(environment)) {
    return Object.fromEntries(environment.map((entry) => [entry.split('=')[0], entry.split('=').slice(1).join('=')]));
  }
  return Object.fromEntries(Object.entries(environment).map(([name, value]) => [name, String(value ?? '')]));
}

/** Dockerfile path (relative to the repository root) of a service built from sources, or null. */
export function dockerfileOf(service: ComposeService): { context: string; dockerfile: string } | null {
  if (!service.build) return null;
  if (typeof service.build === 'string') return { context: service.build, dockerfile: path.join(service.build, 'Dockerfile') };
  const context = service.build.context ?? '.';
  return { context, dockerfile: path.join(context, service.build.dockerfile ?? 'Dockerfile') };
}

/** Sources of the Dockerfile's `COPY`/`ADD` instructions that read the build context (not another stage). */
export function contextCopySources(dockerfileText: string): string[] {
  return dockerfileText
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^(COPY|ADD)\s/i.test(line) && !/--from=/i.test(line))
    .flatMap((line) => {
      const words = line.split(/\s+/).slice(1).filter((word) => !word.startsWith('--'));
      return words.slice(0, -1);
    });
}

/** Host paths of bind mounts written in the short `./host:/container[:mode]` syntax. */
export function bindMountSources(service: ComposeService): string[] {
  return (service.volumes ?? [])
    .map((volume) => (typeof volume === 'string' ? volume.split(':')[0] : volume.type === 'bind' ? (volume.source ?? '') : ''))
    .filter((source) => source.startsWith('./') || source.startsWith('../'));
}

/** `${NAME}`, `${NAME:-default}`, `${NAME:?message}`… as written in the file, with whether no default exists. */
export function interpolatedVariables(text: string): Array<{ name: string; required: boolean }> {
  return [...text.matchAll(/\$\{([A-Z0-9_]+)(:?[-?])?/g)].map((match) => ({ name: match[1], required: match[2]?.endsWith('?') ?? false }));
}

export function existsFrom(root: string, relative: string): boolean {
  return fs.existsSync(path.resolve(root, relative));
}
