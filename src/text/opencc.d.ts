// OpenCC's character tables ship as plain ES modules without types.
declare module 'opencc-js/dict/TSCharacters' {
  /** `繁 简|…`: a traditional character and its simplified form(s), entries separated by |. */
  const table: string;
  export default table;
}
