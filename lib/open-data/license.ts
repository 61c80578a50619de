/** The licence of everything the atlas publishes (Frictionless `licenses` entry; SPDX id etalab-2.0). */
export const PACKAGE_LICENSE = {
  name: "etalab-2.0",
  title: "Licence Ouverte / Open Licence 2.0",
  path: "https://www.etalab.gouv.fr/licence-ouverte-open-licence/",
};
