// mailauth 4.x ships no types for this internal module; the shape as in lib/dmarc/get-dmarc-record.js.
declare module 'mailauth/lib/dmarc/get-dmarc-record.js' {
  type Resolve = (name: string, rrtype: string) => Promise<unknown[]>;
  const getDmarcRecord: (domain: string, resolver?: Resolve) => Promise<false | ({ rr: string; isOrgRecord: boolean } & Record<string, string | number | boolean>)>;
  export default getDmarcRecord;
}
