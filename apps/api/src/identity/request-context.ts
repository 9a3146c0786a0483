import { Principal } from './principal';

/** Who asks and from where: what services need from the request to decide and to audit. */
export interface RequestContext {
  principal: Principal;
  ip: string | null;
}
