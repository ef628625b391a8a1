import { log } from '@ioc/kit';
import { startGateway } from './server';

export { startGateway } from './server';
export { signDevToken, createVerifier } from './auth';
export type { RunningGateway } from './server';
export type { GatewaySettings } from './settings';

if (require.main === module) {
  startGateway().then(
    (g) => {
      log.info({ url: g.url }, 'gateway listening');
      const stop = () =>
        g.stop().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    },
    (e) => {
      log.fatal({ err: e }, 'gateway failed to start');
      process.exit(1);
    },
  );
}
