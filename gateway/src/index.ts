import { startGateway } from './server';

export { startGateway } from './server';
export { signDevToken, createVerifier } from './auth';

if (require.main === module) {
  startGateway().then((g) => {
    console.log(`[gateway] ${g.url}`);
    const stop = () => g.stop().then(() => process.exit(0), () => process.exit(1));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  }, (e) => {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
