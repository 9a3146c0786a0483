import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import { API_PREFIX } from '../../src/bootstrap';
import { AccessDeclaration, readAccessDeclaration } from '../../src/identity/authentication/access-declaration';

export interface LiveRoute {
  /** `GET /api/organizations/:id`: the key of the authorisation matrix. */
  key: string;
  handler: string;
  declaration: AccessDeclaration;
}

/** Every HTTP route the application's controllers declare, read from Nest's own metadata (as the router sees it). */
export function listLiveRoutes(app: INestApplicationContext): LiveRoute[] {
  const discovery = new DiscoveryService(app.get(ModulesContainer));
  const scanner = new MetadataScanner();
  const reflector = new Reflector();
  const routes: LiveRoute[] = [];
  for (const wrapper of discovery.getControllers()) {
    const controller = wrapper.metatype as (new (...args: never[]) => unknown) | null;
    if (!controller) continue;
    const prototype = controller.prototype as Record<string, (...args: unknown[]) => unknown>;
    const controllerPaths = asList(Reflect.getMetadata(PATH_METADATA, controller));
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = prototype[name];
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (method === undefined) continue;
      const declaration = readAccessDeclaration(reflector, [handler, controller]);
      for (const controllerPath of controllerPaths) {
        for (const methodPath of asList(Reflect.getMetadata(PATH_METADATA, handler))) {
          routes.push({ key: `${RequestMethod[method]} ${joinPath(API_PREFIX, controllerPath, methodPath)}`, handler: `${controller.name}.${name}`, declaration });
        }
      }
    }
  }
  return routes.sort((a, b) => a.key.localeCompare(b.key));
}

function asList(value: unknown): string[] {
  if (value === undefined || value === null) return ['/'];
  return Array.isArray(value) ? value.map(String) : [String(value)];
}

function joinPath(...parts: string[]): string {
  const joined = parts.map((part) => part.replace(/^\/+|\/+$/g, '')).filter(Boolean).join('/');
  return `/${joined}`;
}
