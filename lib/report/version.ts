// MailTrust's version. The engine owns it: every Report names its generator with it
// (Report.generator.version); the CLI's --version prints the same value. Equal to package.json's version.
export const version = '0.4.0';
