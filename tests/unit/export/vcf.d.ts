// The `vcf` package ships no types; only what the tests use is declared.
declare module "vcf" {
  interface Property {
    valueOf(): string;
    type?: string | string[];
  }
  class vCard {
    version: string;
    data: Record<string, Property | Property[]>;
    get(key: string): Property | Property[] | undefined;
    static parse(text: string): vCard[];
  }
  export default vCard;
}
