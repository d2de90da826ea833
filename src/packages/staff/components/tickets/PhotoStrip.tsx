/** Moved to src/components/photos (issue 11: residents' legal-aid pages use it too). */
export { PhotoStrip } from '../../../../components/photos/PhotoStrip';
