// Product categories, their typed specification attributes and the query-side synonyms: reference
// data kept in code and written to the database by syncCategories (catalogue.server.ts).
// Plain data, safe for the browser.
import type { AttributeType } from "./shared.ts";

export type AttributeDefinition = {
  key: string;
  labelNl: string;
  labelEn: string;
  type: AttributeType;
  unit?: string;
  /** Offered as a search facet when the category is chosen. */
  facet?: boolean;
  /** Allowed values of an enum attribute. */
  options?: readonly string[];
};

export type CategoryDefinition = {
  slug: string;
  nameNl: string;
  nameEn: string;
  /**
   * Words added to every product's search vector in this category: names of the whole category
   * only (synonyms, plurals), never of a kind of product within it, or "router" would find switches.
   */
  keywords: string;
  unspsc: string;
  attributes: readonly AttributeDefinition[];
};

const warranty: AttributeDefinition = {
  key: "warranty_years",
  labelNl: "Garantie",
  labelEn: "Warranty",
  type: "number",
  unit: "jaar",
  facet: true,
};

export const PROCESSORS = [
  "Intel Core i5",
  "Intel Core i7",
  "Intel Core Ultra 5",
  "Intel Core Ultra 7",
  "AMD Ryzen 5",
  "AMD Ryzen 7",
  "Apple M3",
  "Apple M4",
] as const;

export const CATEGORY_DEFINITIONS: readonly CategoryDefinition[] = [
  {
    slug: "laptop",
    nameNl: "Laptops",
    nameEn: "Laptops",
    keywords: "laptop laptops notebook notebooks draagbare computer ultrabook",
    unspsc: "43211503",
    attributes: [
      { key: "processor", labelNl: "Processor", labelEn: "Processor", type: "enum", facet: true, options: PROCESSORS },
      { key: "ram_gb", labelNl: "Werkgeheugen", labelEn: "Memory", type: "number", unit: "GB", facet: true },
      { key: "storage_gb", labelNl: "Opslag", labelEn: "Storage", type: "number", unit: "GB", facet: true },
      { key: "screen_inch", labelNl: "Schermdiagonaal", labelEn: "Screen size", type: "number", unit: "inch", facet: true },
      {
        key: "resolution",
        labelNl: "Resolutie",
        labelEn: "Resolution",
        type: "enum",
        facet: true,
        options: ["1920x1080", "1920x1200", "2560x1600", "2880x1800"],
      },
      { key: "weight_kg", labelNl: "Gewicht", labelEn: "Weight", type: "number", unit: "kg" },
      { key: "battery_wh", labelNl: "Batterij", labelEn: "Battery", type: "number", unit: "Wh" },
      {
        key: "os",
        labelNl: "Besturingssysteem",
        labelEn: "Operating system",
        type: "enum",
        facet: true,
        options: ["Windows 11 Pro", "Windows 11 Home", "macOS", "ChromeOS", "Ubuntu"],
      },
      warranty,
    ],
  },
  {
    slug: "monitor",
    nameNl: "Beeldschermen",
    nameEn: "Monitors",
    keywords: "monitor monitors beeldscherm beeldschermen scherm schermen display",
    unspsc: "43211902",
    attributes: [
      { key: "size_inch", labelNl: "Schermdiagonaal", labelEn: "Screen size", type: "number", unit: "inch", facet: true },
      {
        key: "resolution",
        labelNl: "Resolutie",
        labelEn: "Resolution",
        type: "enum",
        facet: true,
        options: ["1920x1080", "2560x1440", "3440x1440", "3840x2160"],
      },
      { key: "panel", labelNl: "Paneel", labelEn: "Panel", type: "enum", facet: true, options: ["IPS", "VA", "TN", "OLED"] },
      { key: "ports", labelNl: "Aansluitingen", labelEn: "Ports", type: "text" },
      { key: "usb_c", labelNl: "USB-C met stroomlevering", labelEn: "USB-C with power delivery", type: "boolean", facet: true },
      { key: "height_adjustable", labelNl: "In hoogte verstelbaar", labelEn: "Height adjustable", type: "boolean", facet: true },
      { key: "refresh_hz", labelNl: "Verversingssnelheid", labelEn: "Refresh rate", type: "number", unit: "Hz" },
      warranty,
    ],
  },
  {
    slug: "docking-station",
    nameNl: "Dockingstations",
    nameEn: "Docking stations",
    keywords: "dockingstation dockingstations docking station dock docks poortreplicator",
    unspsc: "43211602",
    attributes: [
      {
        key: "connection",
        labelNl: "Aansluiting",
        labelEn: "Connection",
        type: "enum",
        facet: true,
        options: ["USB-C", "Thunderbolt 3", "Thunderbolt 4", "USB-A"],
      },
      { key: "power_delivery_w", labelNl: "Stroomlevering", labelEn: "Power delivery", type: "number", unit: "W", facet: true },
      { key: "displays", labelNl: "Externe schermen", labelEn: "External displays", type: "number", facet: true },
      { key: "ethernet", labelNl: "Ethernetpoort", labelEn: "Ethernet port", type: "boolean", facet: true },
      { key: "usb_ports", labelNl: "USB-poorten", labelEn: "USB ports", type: "number" },
      warranty,
    ],
  },
  {
    slug: "desktop",
    nameNl: "Desktops",
    nameEn: "Desktops",
    keywords: "desktop desktops pc computer computers",
    unspsc: "43211507",
    attributes: [
      { key: "processor", labelNl: "Processor", labelEn: "Processor", type: "enum", facet: true, options: PROCESSORS },
      { key: "ram_gb", labelNl: "Werkgeheugen", labelEn: "Memory", type: "number", unit: "GB", facet: true },
      { key: "storage_gb", labelNl: "Opslag", labelEn: "Storage", type: "number", unit: "GB", facet: true },
      {
        key: "form_factor",
        labelNl: "Behuizing",
        labelEn: "Form factor",
        type: "enum",
        facet: true,
        options: ["Tower", "Small form factor", "Mini", "All-in-one"],
      },
      {
        key: "os",
        labelNl: "Besturingssysteem",
        labelEn: "Operating system",
        type: "enum",
        facet: true,
        options: ["Windows 11 Pro", "Windows 11 Home", "macOS", "Ubuntu"],
      },
      warranty,
    ],
  },
  {
    slug: "printer",
    nameNl: "Printers",
    nameEn: "Printers",
    keywords: "printer printers afdrukker",
    unspsc: "43212105",
    attributes: [
      {
        key: "technology",
        labelNl: "Technologie",
        labelEn: "Technology",
        type: "enum",
        facet: true,
        options: ["Laser", "Inkjet"],
      },
      { key: "color", labelNl: "Kleur", labelEn: "Colour", type: "boolean", facet: true },
      { key: "multifunction", labelNl: "Multifunctioneel", labelEn: "Multifunction", type: "boolean", facet: true },
      { key: "duplex", labelNl: "Dubbelzijdig", labelEn: "Duplex", type: "boolean", facet: true },
      { key: "ppm", labelNl: "Snelheid", labelEn: "Speed", type: "number", unit: "ppm" },
      { key: "paper_size", labelNl: "Papierformaat", labelEn: "Paper size", type: "enum", facet: true, options: ["A4", "A3"] },
      { key: "network", labelNl: "Netwerk", labelEn: "Network", type: "boolean" },
      warranty,
    ],
  },
  {
    slug: "tablet",
    nameNl: "Tablets",
    nameEn: "Tablets",
    keywords: "tablet tablets",
    unspsc: "43211509",
    attributes: [
      { key: "screen_inch", labelNl: "Schermdiagonaal", labelEn: "Screen size", type: "number", unit: "inch", facet: true },
      { key: "storage_gb", labelNl: "Opslag", labelEn: "Storage", type: "number", unit: "GB", facet: true },
      { key: "ram_gb", labelNl: "Werkgeheugen", labelEn: "Memory", type: "number", unit: "GB" },
      {
        key: "os",
        labelNl: "Besturingssysteem",
        labelEn: "Operating system",
        type: "enum",
        facet: true,
        options: ["iPadOS", "Android", "Windows 11"],
      },
      { key: "cellular", labelNl: "Mobiel netwerk (4G/5G)", labelEn: "Cellular (4G/5G)", type: "boolean", facet: true },
      warranty,
    ],
  },
  {
    slug: "smartphone",
    nameNl: "Smartphones",
    nameEn: "Smartphones",
    keywords: "smartphone smartphones gsm telefoon telefoons mobiele",
    unspsc: "43191501",
    attributes: [
      { key: "storage_gb", labelNl: "Opslag", labelEn: "Storage", type: "number", unit: "GB", facet: true },
      { key: "screen_inch", labelNl: "Schermdiagonaal", labelEn: "Screen size", type: "number", unit: "inch" },
      {
        key: "os",
        labelNl: "Besturingssysteem",
        labelEn: "Operating system",
        type: "enum",
        facet: true,
        options: ["iOS", "Android"],
      },
      { key: "five_g", labelNl: "5G", labelEn: "5G", type: "boolean", facet: true },
      { key: "dual_sim", labelNl: "Dual sim", labelEn: "Dual SIM", type: "boolean" },
      warranty,
    ],
  },
  {
    slug: "network",
    nameNl: "Netwerk",
    nameEn: "Networking",
    keywords: "netwerk netwerken netwerkapparatuur",
    unspsc: "43222612",
    attributes: [
      {
        key: "device_type",
        labelNl: "Soort toestel",
        labelEn: "Device type",
        type: "enum",
        facet: true,
        options: ["Switch", "Router", "Access point", "Firewall"],
      },
      { key: "ports", labelNl: "Poorten", labelEn: "Ports", type: "number", facet: true },
      { key: "poe", labelNl: "PoE", labelEn: "PoE", type: "boolean", facet: true },
      {
        key: "speed",
        labelNl: "Snelheid",
        labelEn: "Speed",
        type: "enum",
        facet: true,
        options: ["1 Gbit/s", "2,5 Gbit/s", "10 Gbit/s"],
      },
      { key: "managed", labelNl: "Beheerbaar", labelEn: "Managed", type: "boolean", facet: true },
      {
        key: "wifi_standard",
        labelNl: "Wifi-standaard",
        labelEn: "Wi-Fi standard",
        type: "enum",
        options: ["Wi-Fi 6", "Wi-Fi 6E", "Wi-Fi 7"],
      },
      warranty,
    ],
  },
  {
    slug: "peripherals",
    nameNl: "Randapparatuur",
    nameEn: "Peripherals",
    keywords: "randapparatuur accessoires",
    unspsc: "43211708",
    attributes: [
      {
        key: "device_type",
        labelNl: "Soort toestel",
        labelEn: "Device type",
        type: "enum",
        facet: true,
        options: ["Toetsenbord", "Muis", "Toetsenbord en muis", "Headset", "Webcam"],
      },
      { key: "wireless", labelNl: "Draadloos", labelEn: "Wireless", type: "boolean", facet: true },
      {
        key: "connection",
        labelNl: "Aansluiting",
        labelEn: "Connection",
        type: "enum",
        facet: true,
        options: ["USB-A", "USB-C", "Bluetooth"],
      },
      {
        key: "layout",
        labelNl: "Toetsenindeling",
        labelEn: "Keyboard layout",
        type: "enum",
        options: ["AZERTY (BE)", "QWERTY (US)"],
      },
      warranty,
    ],
  },
];

/**
 * Query-side synonyms: searching the first word also finds the second (several words are a
 * phrase). Plurals the Dutch stemmer misses (muizen → muis) are handled in code as well.
 */
export const SEARCH_SYNONYMS: readonly (readonly [string, string])[] = [
  ["notebook", "laptop"],
  ["laptop", "notebook"],
  ["beeldscherm", "monitor"],
  ["scherm", "monitor"],
  ["monitor", "beeldscherm"],
  ["display", "monitor"],
  ["dock", "dockingstation"],
  ["poortreplicator", "dockingstation"],
  ["gsm", "smartphone"],
  ["telefoon", "smartphone"],
  ["smartphone", "gsm"],
  ["afdrukker", "printer"],
  ["mfp", "multifunctionele printer"],
  ["pc", "desktop"],
  ["computer", "desktop"],
  ["werkstation", "desktop"],
  ["muis", "mouse"],
  ["mouse", "muis"],
  ["muizen", "muis"],
  ["toetsenbord", "keyboard"],
  ["keyboard", "toetsenbord"],
  ["koptelefoon", "headset"],
  ["hoofdtelefoon", "headset"],
  ["draadloos", "wireless"],
  ["draadloze", "draadloos"],
  ["wireless", "draadloos"],
  ["schakelaar", "switch"],
  ["accesspoint", "access point"],
  ["wifi", "access point"],
];
