// The part of mailauth 4.9.5's API the benchmark calls (the package ships no types).
declare module 'mailauth' {
  interface AuthenticateOptions {
    ip: string;
    helo: string;
    sender: string;
    mta: string;
    resolver: (name: string, rrtype: string) => Promise<unknown[]>;
    disableBimi?: boolean;
  }
  const mailauth: { authenticate(message: string, options: AuthenticateOptions): Promise<unknown> };
  export default mailauth;
}
