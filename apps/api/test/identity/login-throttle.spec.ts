import { LoginThrottle } from '../../src/identity/login/login-throttle';

describe('LoginThrottle', () => {
  let now = 1_000_000;
  const clock = () => now;
  const config = { windowSeconds: 900, maxFailuresPerAccount: 5, maxFailuresPerIp: 20 };

  beforeEach(() => {
    now = 1_000_000;
  });

  function fail(throttle: LoginThrottle, username: string, ip: string, times: number) {
    for (let i = 0; i < times; i += 1) throttle.recordFailure(username, ip);
  }

  it('blocks an account after the allowed failures and says how long to wait', () => {
    const throttle = new LoginThrottle(config, clock);
    fail(throttle, 'alice', '10.0.0.1', 4);
    expect(throttle.check('alice', '10.0.0.1')).toEqual({ allowed: true });
    throttle.recordFailure('Alice', '10.0.0.1');
    expect(throttle.check('ALICE', '10.0.0.2')).toEqual({ allowed: false, retryAfterSeconds: 900 });
  });

  it('slides: the block lifts as the oldest failures leave the window', () => {
    const throttle = new LoginThrottle(config, clock);
    fail(throttle, 'alice', '10.0.0.1', 1);
    now += 600_000;
    fail(throttle, 'alice', '10.0.0.1', 4);
    expect(throttle.check('alice', '10.0.0.1')).toEqual({ allowed: false, retryAfterSeconds: 300 });
    now += 300_001;
    expect(throttle.check('alice', '10.0.0.1')).toEqual({ allowed: true });
  });

  it('blocks an IP trying many accounts', () => {
    const throttle = new LoginThrottle(config, clock);
    for (let i = 0; i < 20; i += 1) throttle.recordFailure(`user${i}`, '203.0.113.9');
    expect(throttle.check('someone-else', '203.0.113.9').allowed).toBe(false);
    expect(throttle.check('someone-else', '198.51.100.1').allowed).toBe(true);
  });

  it('never blocks the owner signing in from where they usually do while their account is attacked', () => {
    const throttle = new LoginThrottle(config, clock);
    throttle.recordSuccess('alice', '192.0.2.10');
    fail(throttle, 'alice', '203.0.113.9', 50);
    expect(throttle.check('alice', '203.0.113.9').allowed).toBe(false);
    expect(throttle.check('alice', '192.0.2.10')).toEqual({ allowed: true });
  });
});
