// A deterministic generator of realistic IT-hardware catalogues: products in the nine categories
// with Dutch names, descriptions and typed specifications, and offers from N suppliers. Used by
// the demo seed (a few hundred products) and the benchmark (150,000 products, 70 suppliers).
// Same seed, same catalogue: everything comes from one seeded PRNG, never from Math.random or
// the clock.
import type { DbOrTx } from "../../app/db/client.server.ts";
import { upsertOffers, upsertProducts, WRITE_BATCH_SIZE } from "../../app/modules/procurement/index.server.ts";
import { gtinCheckDigit, type OfferInput, type ProductInput } from "../../app/modules/procurement/shared.ts";

/** mulberry32: a small, fast, seeded PRNG with a 2^32 period. */
export function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
  };
}
type Rng = ReturnType<typeof prng>;

type Specs = Record<string, string | number | boolean>;
type Built = { name: string; description: string; specs: Specs; basePrice: number };
type Family = { brand: string; model: string; prefix: string; tier: number };
type CategoryGenerator = { slug: string; weight: number; families: Family[]; build: (rng: Rng, family: Family) => Built };

const f = (brand: string, prefix: string, tier: number, ...models: string[]): Family[] =>
  models.map((model) => ({ brand, model, prefix, tier }));

const euro = (n: number) => Math.round(n / 5) * 5;
const join = (...parts: (string | false | undefined)[]) => parts.filter(Boolean).join(" ");

const laptopCpus = ["Intel Core i5", "Intel Core i7", "Intel Core Ultra 5", "Intel Core Ultra 7", "AMD Ryzen 5", "AMD Ryzen 7"];
const cpuCost: Record<string, number> = {
  "Intel Core i5": 0,
  "Intel Core i7": 150,
  "Intel Core Ultra 5": 80,
  "Intel Core Ultra 7": 240,
  "AMD Ryzen 5": 0,
  "AMD Ryzen 7": 130,
  "Apple M3": 0,
  "Apple M4": 150,
};

const GENERATORS: CategoryGenerator[] = [
  {
    slug: "laptop",
    weight: 22,
    families: [
      ...f(
        "Lenovo",
        "21",
        3,
        "ThinkPad T14",
        "ThinkPad T16",
        "ThinkPad X1 Carbon",
        "ThinkPad L14",
        "ThinkPad E14",
        "ThinkBook 14",
        "IdeaPad Slim 5",
      ),
      ...f("HP", "8A", 3, "EliteBook 840", "EliteBook 860", "ProBook 440", "ProBook 450", "EliteBook 1040", "ZBook Firefly 14"),
      ...f("Dell", "N0", 3, "Latitude 5450", "Latitude 7450", "Latitude 3550", "Precision 3590", "Vostro 3530", "Pro 14"),
      ...f("Apple", "MX", 4, "MacBook Air 13", "MacBook Air 15", "MacBook Pro 14"),
      ...f("Microsoft", "ZX", 4, "Surface Laptop 7"),
      ...f("Acer", "NX", 2, "TravelMate P2", "TravelMate P4", "Aspire 5", "Chromebook Plus 515"),
      ...f("ASUS", "90", 2, "ExpertBook B5", "ExpertBook B1", "Vivobook 15"),
      ...f("Fujitsu", "VF", 3, "Lifebook U7414", "Lifebook E5414"),
      ...f("Dynabook", "A1", 2, "Tecra A40", "Satellite Pro C40"),
    ],
    build(rng, family) {
      const apple = family.brand === "Apple";
      const chrome = family.model.includes("Chromebook");
      const cpu = apple ? rng.pick(["Apple M3", "Apple M4"]) : rng.pick(laptopCpus);
      const ram = rng.pick(apple ? [8, 16, 24] : [8, 16, 16, 32, 32, 64]);
      const storage = rng.pick([256, 512, 512, 1024, 2048]);
      const inch = family.model.match(/1[3-6]/) ? Number(family.model.match(/1[3-6]/)![0]) : rng.pick([13.3, 14, 15.6, 16]);
      const resolution = rng.pick(["1920x1080", "1920x1200", "1920x1200", "2560x1600", "2880x1800"]);
      const os = apple
        ? "macOS"
        : chrome
          ? "ChromeOS"
          : rng.pick(["Windows 11 Pro", "Windows 11 Pro", "Windows 11 Home", "Ubuntu"]);
      const weight = Math.round((inch * 0.1 + rng.next() * 0.4) * 100) / 100;
      const battery = rng.pick([42, 45, 52, 57, 65, 72, 86]);
      const warranty = rng.pick([1, 3, 3, 3, 4, 5]);
      const generation = rng.int(3, 6);
      const noun = rng.pick(["laptop", "laptop", "notebook", "laptop"]);
      const name = join(
        family.brand,
        family.model,
        !apple && `Gen ${generation}`,
        noun,
        `${inch}"`,
        cpu,
        `${ram}GB`,
        `${storage >= 1024 ? `${storage / 1024}TB` : `${storage}GB`} SSD`,
      );
      const openers = [
        `Zakelijke ${noun} met een ${inch}-inch scherm (${resolution})`,
        `Lichte ${noun} voor thuiswerk, vergaderingen en onderweg, met een ${inch}-inch beeldscherm`,
        `Degelijke ${noun} voor kantoor en onderwijs met een scherm van ${inch} inch`,
        `Krachtige ${noun} voor veeleisende toepassingen, ${inch}-inch scherm met resolutie ${resolution}`,
      ];
      const extras = [
        "Inclusief USB-C-poorten met stroomlevering, geschikt voor een dockingstation.",
        "Met wifi 6E, Bluetooth 5.3 en een full-HD-webcam met privacyschuif.",
        "Verlicht toetsenbord met AZERTY-indeling (België) en vingerafdruklezer.",
        "Ondersteunt tot twee externe beeldschermen via HDMI en Thunderbolt.",
        "Voldoet aan MIL-STD-810H en is eenvoudig te herstellen.",
        "Energiezuinig, EPEAT Gold en TCO Certified.",
      ];
      const description = join(
        `${rng.pick(openers)}, ${cpu}-processor, ${ram} GB werkgeheugen en een SSD van ${storage} GB.`,
        `Weegt ${String(weight).replace(".", ",")} kg, batterij van ${battery} Wh.`,
        rng.pick(extras),
        rng.chance(0.5) && rng.pick(extras),
        `Geleverd met ${os} en ${warranty} jaar garantie${warranty >= 3 ? " op locatie" : ""}.`,
      );
      const basePrice = 250 + family.tier * 170 + (cpuCost[cpu] ?? 0) + ram * 8 + storage * 0.12 + (warranty - 1) * 30;
      return {
        name,
        description,
        specs: {
          processor: cpu,
          ram_gb: ram,
          storage_gb: storage,
          screen_inch: inch,
          resolution,
          weight_kg: weight,
          battery_wh: battery,
          os,
          warranty_years: warranty,
        },
        basePrice,
      };
    },
  },
  {
    slug: "monitor",
    weight: 16,
    families: [
      ...f("Dell", "DE", 3, "P2425H", "P2725H", "U2724D", "P2723DE", "U3423WE", "E2425H"),
      ...f("HP", "HP", 3, "E24 G5", "E27 G5", "Z27k G3", "P24h G5", "E45c G5"),
      ...f("Lenovo", "63", 3, "ThinkVision T24i-30", "ThinkVision T27h-30", "ThinkVision P27q-30", "ThinkVision E24-30"),
      ...f("Samsung", "LS", 2, "ViewFinity S6", "ViewFinity S8", "Essential S3"),
      ...f("LG", "LG", 2, "27UP850", "34WN80C", "24MR400"),
      ...f("iiyama", "XU", 1, "ProLite XUB2493HS", "ProLite XUB2792QSU", "ProLite XUB3293UHSN"),
      ...f("Philips", "PH", 1, "243B1", "273B9", "346B1C"),
      ...f("EIZO", "EV", 4, "FlexScan EV2495", "FlexScan EV2795"),
      ...f("BenQ", "9H", 2, "GW2790", "BL2790QT"),
      ...f("AOC", "AO", 1, "24P3CV", "Q27P3CV"),
    ],
    build(rng, family) {
      const sized = family.model.match(/24|27|32|34|45/)?.[0];
      const size = sized ? Math.min(Number(sized), 34) : rng.pick([24, 24, 27, 27, 32]);
      const resolution = size === 34 ? "3440x1440" : rng.pick(["1920x1080", "1920x1080", "2560x1440", "3840x2160"]);
      const label: Record<string, string> = {
        "1920x1080": "Full HD",
        "2560x1440": "WQHD",
        "3440x1440": "UWQHD",
        "3840x2160": "4K UHD",
      };
      const panel = rng.pick(["IPS", "IPS", "IPS", "VA", "TN", "OLED"]);
      const usbC = rng.chance(0.45);
      const height = rng.chance(0.7);
      const refresh = rng.pick([60, 75, 100, 120]);
      const ports = join("HDMI, DisplayPort", usbC && ", USB-C", rng.chance(0.4) && ", RJ45");
      const warranty = rng.pick([3, 3, 5]);
      const noun = rng.pick(["monitor", "beeldscherm", "monitor", "scherm"]);
      const name = join(family.brand, family.model, `${size} inch`, label[resolution], `${panel}-${noun}`, usbC && "met USB-C");
      const description = join(
        rng.pick([
          `${size}-inch ${panel}-beeldscherm met een resolutie van ${resolution} (${label[resolution]}).`,
          `Ergonomische ${noun} van ${size} inch voor kantoorwerk, ${label[resolution]}-resolutie.`,
          `Zakelijk ${panel}-paneel van ${size} inch met smalle randen, ideaal voor opstellingen met meerdere schermen.`,
        ]),
        `Aansluitingen: ${ports}.`,
        usbC && "Eén kabel voor beeld, data en tot 90 W stroom naar de laptop.",
        height ? "Voet in hoogte verstelbaar, kantelbaar en draaibaar (pivot)." : "Vaste voet, VESA-montage mogelijk.",
        `Verversingssnelheid ${refresh} Hz, flikkervrij met filter tegen blauw licht.`,
        `${warranty} jaar garantie.`,
      );
      const basePrice =
        90 +
        size * 4 +
        (resolution === "3840x2160" ? 180 : resolution === "1920x1080" ? 0 : 90) +
        (usbC ? 70 : 0) +
        family.tier * 40;
      return {
        name,
        description,
        specs: {
          size_inch: size,
          resolution,
          panel,
          ports,
          usb_c: usbC,
          height_adjustable: height,
          refresh_hz: refresh,
          warranty_years: warranty,
        },
        basePrice,
      };
    },
  },
  {
    slug: "docking-station",
    weight: 8,
    families: [
      ...f("Lenovo", "40", 2, "ThinkPad Universal USB-C Dock", "ThinkPad Thunderbolt 4 Dock", "ThinkPad USB-C Travel Hub"),
      ...f("HP", "5T", 2, "USB-C Dock G5", "Thunderbolt Dock G4", "USB-C Universal Dock"),
      ...f("Dell", "DW", 2, "WD19S", "WD22TB4", "UD22"),
      ...f("Kensington", "K3", 2, "SD4842P", "SD5700T", "SD2480T"),
      ...f("StarTech", "DK", 1, "DK31C3HDPD", "DK30C2DAGPD"),
      ...f("Targus", "DO", 1, "DOCK182", "DOCK310"),
      ...f("Belkin", "IN", 1, "Connect Pro 12-in-1"),
      ...f("CalDigit", "TS", 3, "TS4", "Element Hub"),
    ],
    build(rng, family) {
      const connection = family.model.match(/Thunderbolt|TB4|TS4|SD5700T|SD2480T|Element/)
        ? rng.pick(["Thunderbolt 4", "Thunderbolt 4", "Thunderbolt 3"])
        : rng.pick(["USB-C", "USB-C", "USB-A"]);
      const power = connection === "USB-A" ? 0 : rng.pick([65, 85, 90, 100, 130]);
      const displays = rng.pick([1, 2, 2, 3]);
      const ethernet = rng.chance(0.85);
      const usb = rng.int(3, 8);
      const warranty = rng.pick([1, 2, 3]);
      // Suppliers write it both ways: dockingstation and docking station.
      const noun = rng.pick(["dockingstation", "docking station", "dock", "dockingstation"]);
      const name = join(
        family.brand,
        family.model,
        connection !== "USB-A" && !family.model.includes(connection) && connection,
        noun,
        power > 0 && `${power}W`,
      );
      const description = join(
        rng.pick([
          `Universele ${noun} voor laptops met ${connection}.`,
          `Sluit met één kabel beeldschermen, netwerk en randapparatuur aan: ${noun} via ${connection}.`,
          `Compacte ${noun} voor flexwerkplekken en vergaderzalen.`,
        ]),
        `Tot ${displays} externe ${displays === 1 ? "beeldscherm" : "beeldschermen"}, ${usb} USB-poorten${ethernet ? " en gigabit-ethernet" : ""}.`,
        power > 0 && `Laadt de laptop op met tot ${power} W.`,
        `${warranty} jaar garantie.`,
      );
      const basePrice = 60 + power * 1.1 + displays * 25 + (connection.startsWith("Thunderbolt") ? 110 : 0) + family.tier * 15;
      return {
        name,
        description,
        specs: { connection, power_delivery_w: power, displays, ethernet, usb_ports: usb, warranty_years: warranty },
        basePrice,
      };
    },
  },
  {
    slug: "desktop",
    weight: 12,
    families: [
      ...f(
        "Lenovo",
        "12",
        3,
        "ThinkCentre M70q",
        "ThinkCentre M90q",
        "ThinkCentre M70s",
        "ThinkCentre neo 50s",
        "ThinkStation P3",
      ),
      ...f("HP", "9H", 3, "Elite Mini 800 G9", "ProDesk 400 G9", "Elite Tower 800 G9", "Elite SFF 800 G9", "Z2 G9"),
      ...f("Dell", "DT", 3, "OptiPlex Micro", "OptiPlex Small Form Factor", "OptiPlex Tower", "Precision 3680"),
      ...f("Apple", "MU", 4, "Mac mini", "iMac 24"),
      ...f("Fujitsu", "VF", 2, "ESPRIMO G6012", "ESPRIMO P9012"),
      ...f("ASUS", "90", 2, "ExpertCenter D7", "ExpertCenter PN64"),
    ],
    build(rng, family) {
      const apple = family.brand === "Apple";
      const cpu = apple ? rng.pick(["Apple M3", "Apple M4"]) : rng.pick(laptopCpus);
      const ram = rng.pick([8, 16, 16, 32, 64]);
      const storage = rng.pick([256, 512, 512, 1024, 2048]);
      const form = family.model.match(/iMac/)
        ? "All-in-one"
        : family.model.match(/Mini|mini|Micro|q\b|PN/)
          ? "Mini"
          : family.model.match(/SFF|Small|s\b|G6012/)
            ? "Small form factor"
            : "Tower";
      const os = apple ? "macOS" : rng.pick(["Windows 11 Pro", "Windows 11 Pro", "Windows 11 Home", "Ubuntu"]);
      const warranty = rng.pick([1, 3, 3, 5]);
      const noun =
        form === "Mini"
          ? rng.pick(["mini-pc", "desktop", "mini-desktop"])
          : form === "Tower"
            ? rng.pick(["desktop", "pc", "werkstation"])
            : rng.pick(["desktop", "computer"]);
      const name = join(
        family.brand,
        family.model,
        noun,
        cpu,
        `${ram}GB`,
        `${storage >= 1024 ? `${storage / 1024}TB` : `${storage}GB`} SSD`,
      );
      const description = join(
        rng.pick([
          `Betrouwbare ${noun} voor kantoortoepassingen`,
          `Stille en zuinige ${noun} voor loketten en vergaderzalen`,
          `Zakelijke ${noun} met ruimte voor uitbreiding`,
        ]),
        `(${form.toLowerCase()}) met ${cpu}, ${ram} GB werkgeheugen en ${storage} GB SSD-opslag.`,
        "Met USB-C, DisplayPort en HDMI voor twee of drie beeldschermen.",
        `Geleverd met ${os}, ${warranty} jaar garantie.`,
      );
      const basePrice =
        380 + family.tier * 150 + (cpuCost[cpu] ?? 0) + ram * 8 + storage * 0.1 + (form === "All-in-one" ? 500 : 0);
      return {
        name,
        description,
        specs: { processor: cpu, ram_gb: ram, storage_gb: storage, form_factor: form, os, warranty_years: warranty },
        basePrice,
      };
    },
  },
  {
    slug: "printer",
    weight: 8,
    families: [
      ...f(
        "HP",
        "4R",
        2,
        "LaserJet Pro 4002dn",
        "Color LaserJet Pro MFP 4302fdw",
        "LaserJet Enterprise M507dn",
        "OfficeJet Pro 9130",
      ),
      ...f("Brother", "HL", 2, "HL-L5210DN", "MFC-L8390CDW", "HL-L8240CDW", "MFC-J5955DW"),
      ...f("Canon", "5", 2, "i-SENSYS LBP246dw", "i-SENSYS MF465dw", "imageRUNNER 1643i"),
      ...f("Epson", "C1", 2, "WorkForce Pro WF-C4810DTWF", "EcoTank ET-5850", "WorkForce Enterprise AM-C400"),
      ...f("Kyocera", "11", 3, "ECOSYS P3145dn", "ECOSYS M5526cdw", "ECOSYS MA4000cifx"),
      ...f("Xerox", "C4", 3, "VersaLink C415", "B230"),
      ...f("Lexmark", "29", 2, "MS431dn", "CX532adwe"),
    ],
    build(rng, family) {
      const inkjet = family.model.match(/OfficeJet|MFC-J|EcoTank|WorkForce/) !== null;
      const technology = inkjet ? "Inkjet" : "Laser";
      const multifunction = family.model.match(/MFP|MFC|MF4|M55|MA4|CX|imageRUNNER|WorkForce|EcoTank|OfficeJet/) !== null;
      const color = family.model.match(/Color|CDW|C4|M5526|CX|EcoTank|OfficeJet|WF-C|AM-C|MA4000|LBP246/) !== null || inkjet;
      const duplex = rng.chance(0.8);
      const ppm = rng.pick([20, 25, 30, 35, 40, 45, 50]);
      const paper = family.model.match(/imageRUNNER|AM-C400/) ? "A3" : "A4";
      const network = rng.chance(0.9);
      const warranty = rng.pick([1, 2, 3]);
      const noun = multifunction
        ? rng.pick(["multifunctionele printer", "alles-in-één-printer", "multifunctional"])
        : inkjet
          ? "inkjetprinter"
          : "laserprinter";
      const name = join(
        family.brand,
        family.model,
        color ? (multifunction ? `${noun} kleur` : `kleuren${noun}`) : `${noun} zwart-wit`,
        paper,
      );
      const description = join(
        `${technology === "Laser" ? "Laserprinter" : "Inkjetprinter"} ${color ? "in kleur" : "in zwart-wit"} voor ${rng.pick(["kleine teams", "afdelingen", "drukke kantoren", "thuiswerkers"])}, ${ppm} pagina's per minuut op ${paper}.`,
        multifunction && "Printen, kopiëren, scannen en faxen in één toestel, met documentinvoer.",
        duplex && "Automatisch dubbelzijdig printen bespaart papier.",
        network && "Netwerkprinter met ethernet en wifi, veilig printen met pincode.",
        `${warranty} jaar garantie.`,
      );
      const basePrice =
        120 + ppm * 6 + (multifunction ? 180 : 0) + (color ? 140 : 0) + (paper === "A3" ? 900 : 0) + family.tier * 40;
      return {
        name,
        description,
        specs: { technology, color, multifunction, duplex, ppm, paper_size: paper, network, warranty_years: warranty },
        basePrice,
      };
    },
  },
  {
    slug: "tablet",
    weight: 7,
    families: [
      ...f("Apple", "MP", 3, "iPad 10,9", "iPad Air 11", "iPad Air 13", "iPad Pro 11", "iPad Pro 13", "iPad mini"),
      ...f("Samsung", "SM", 2, "Galaxy Tab S9 FE", "Galaxy Tab S10+", "Galaxy Tab A9+", "Galaxy Tab Active5"),
      ...f("Lenovo", "ZA", 1, "Tab M11", "Tab P12", "Tab K11"),
      ...f("Microsoft", "ZI", 4, "Surface Pro 11", "Surface Go 4"),
    ],
    build(rng, family) {
      const os = family.brand === "Apple" ? "iPadOS" : family.brand === "Microsoft" ? "Windows 11" : "Android";
      const inch = family.model.match(/13/)
        ? 13
        : family.model.match(/mini/)
          ? 8.3
          : family.model.match(/Go/)
            ? 10.5
            : rng.pick([10.9, 11, 11, 12.4]);
      const storage = rng.pick([64, 128, 128, 256, 512]);
      const ram = rng.pick([4, 6, 8, 8, 16]);
      const cellular = rng.chance(0.35);
      const warranty = rng.pick([1, 2, 3]);
      const name = join(family.brand, family.model, "tablet", `${inch}"`, `${storage}GB`, cellular ? "wifi + 5G" : "wifi");
      const description = join(
        rng.pick([
          `Tablet met een ${inch}-inch scherm voor raadsleden, toezicht op het terrein en digitale formulieren.`,
          `Lichte tablet (${inch} inch) om vergaderstukken te lezen en te annoteren.`,
          `Robuuste tablet voor buitendiensten en technische ploegen.`,
        ]),
        `${storage} GB opslag, ${ram} GB werkgeheugen, ${os}.`,
        cellular ? "Met simkaartslot en eSIM voor 5G." : "Wifi 6 en Bluetooth.",
        `${warranty} jaar garantie.`,
      );
      const basePrice = 220 + family.tier * 170 + storage * 0.6 + (cellular ? 140 : 0) + inch * 10;
      return {
        name,
        description,
        specs: { screen_inch: inch, storage_gb: storage, ram_gb: ram, os, cellular, warranty_years: warranty },
        basePrice,
      };
    },
  },
  {
    slug: "smartphone",
    weight: 8,
    families: [
      ...f("Apple", "MT", 4, "iPhone 15", "iPhone 16", "iPhone 16 Pro", "iPhone 16e"),
      ...f("Samsung", "SM", 3, "Galaxy A35", "Galaxy A55", "Galaxy S24", "Galaxy S25", "Galaxy XCover7"),
      ...f("Google", "GA", 3, "Pixel 8a", "Pixel 9"),
      ...f("Fairphone", "F5", 2, "Fairphone 5"),
      ...f("Motorola", "PA", 1, "moto g85", "edge 50"),
      ...f("Nokia", "10", 1, "G42", "XR21"),
    ],
    build(rng, family) {
      const os = family.brand === "Apple" ? "iOS" : "Android";
      const storage = rng.pick([128, 128, 256, 256, 512]);
      const inch = rng.pick([6.1, 6.1, 6.4, 6.6, 6.7]);
      const fiveG = rng.chance(0.85);
      const dual = rng.chance(0.7);
      const warranty = rng.pick([2, 2, 3]);
      const noun = rng.pick(["smartphone", "smartphone", "gsm"]);
      const name = join(
        family.brand,
        family.model,
        noun,
        `${storage}GB`,
        fiveG && "5G",
        rng.pick(["zwart", "grijs", "blauw", "groen"]),
      );
      const description = join(
        rng.pick([
          `Zakelijke ${noun} met een ${inch}-inch scherm en beveiligingsupdates voor minstens vijf jaar.`,
          `Betrouwbare ${noun} voor medewerkers op kantoor en op de baan.`,
          `Robuuste ${noun} die tegen een stootje kan (IP68).`,
        ]),
        `${storage} GB opslag, ${os}.`,
        dual && "Dual sim (nano-sim en eSIM).",
        `Ondersteunt beheer via Android Enterprise of Apple Business Manager. ${warranty} jaar garantie.`,
      );
      const basePrice = 160 + family.tier * 160 + storage * 0.5 + (fiveG ? 40 : 0);
      return {
        name,
        description,
        specs: { storage_gb: storage, screen_inch: inch, os, five_g: fiveG, dual_sim: dual, warranty_years: warranty },
        basePrice,
      };
    },
  },
  {
    slug: "network",
    weight: 9,
    families: [
      ...f("Cisco", "C1", 4, "Catalyst 1000", "Catalyst 9200L", "Meraki MS120", "Meraki MR36"),
      ...f("HPE Aruba", "JL", 3, "Instant On 1930", "CX 6100", "Instant On AP22", "Instant On AP25"),
      ...f("Ubiquiti", "US", 2, "UniFi Switch Pro", "UniFi Switch Lite", "UniFi U6 Pro", "UniFi Dream Machine Pro"),
      ...f("Netgear", "GS", 2, "GS724T", "M4250", "WAX620"),
      ...f("TP-Link", "TL", 1, "Omada SG3428", "Omada EAP670", "Omada ER7206"),
      ...f("Zyxel", "XG", 1, "XGS1935", "NWA210AX", "USG FLEX 200H"),
      ...f("Fortinet", "FG", 4, "FortiGate 40F", "FortiGate 60F", "FortiAP 231G", "FortiSwitch 124F"),
      ...f("MikroTik", "CR", 1, "CRS326", "hAP ax3"),
    ],
    build(rng, family) {
      const type = family.model.match(/FortiGate|USG|ER7206|Dream Machine/)
        ? rng.pick(["Firewall", "Router"])
        : family.model.match(/MR36|AP2|U6|EAP|WAX|NWA|FortiAP|hAP/)
          ? "Access point"
          : "Switch";
      const ports =
        type === "Switch" ? rng.pick([8, 16, 24, 24, 48]) : type === "Access point" ? rng.pick([1, 2]) : rng.pick([4, 5, 8, 10]);
      const poe = type === "Switch" ? rng.chance(0.6) : type === "Access point";
      const speed = rng.pick(["1 Gbit/s", "1 Gbit/s", "2,5 Gbit/s", "10 Gbit/s"]);
      const managed = type !== "Switch" || rng.chance(0.8);
      const wifi = type === "Access point" ? rng.pick(["Wi-Fi 6", "Wi-Fi 6E", "Wi-Fi 7"]) : undefined;
      const warranty = rng.pick([1, 3, 5]);
      const nouns: Record<string, string> = {
        Switch: rng.pick(["netwerkswitch", "switch"]),
        Router: "router",
        Firewall: "firewall",
        "Access point": rng.pick(["access point", "draadloos toegangspunt"]),
      };
      const noun = nouns[type]!;
      const name = join(family.brand, family.model, type === "Switch" && `${ports}-poorts`, noun, poe && "PoE+", wifi);
      const description = join(
        rng.pick([
          `${noun[0]!.toUpperCase()}${noun.slice(1)} voor het netwerk van gemeentehuis, bibliotheek of school.`,
          `Zakelijke ${noun} met centraal beheer via de cloud.`,
          `${noun[0]!.toUpperCase()}${noun.slice(1)} voor kleine en middelgrote vestigingen.`,
        ]),
        `${ports} poorten, ${speed}${poe ? ", Power over Ethernet voor telefoons, camera's en access points" : ""}.`,
        managed ? "Beheerbaar met VLAN's en monitoring." : "Plug-and-play, niet beheerbaar.",
        wifi && `${wifi} met WPA3.`,
        `${warranty} jaar garantie.`,
      );
      const basePrice =
        60 + ports * 9 + (poe ? 120 : 0) + (speed === "10 Gbit/s" ? 400 : speed === "2,5 Gbit/s" ? 120 : 0) + family.tier * 90;
      const specs: Specs = { device_type: type, ports, poe, speed, managed, warranty_years: warranty };
      if (wifi) specs.wifi_standard = wifi;
      return { name, description, specs, basePrice };
    },
  },
  {
    slug: "peripherals",
    weight: 10,
    families: [
      ...f(
        "Logitech",
        "92",
        2,
        "MX Keys S",
        "MX Master 3S",
        "MK295",
        "Signature M650",
        "H390",
        "Zone Wired 2",
        "Brio 505",
        "C920s",
      ),
      ...f("Microsoft", "QS", 2, "Surface Keyboard", "Bluetooth Mouse", "Modern USB-C Headset"),
      ...f("Jabra", "26", 3, "Evolve2 40 SE", "Evolve2 65", "Evolve2 85", "PanaCast 20"),
      ...f("Poly", "77", 3, "Voyager Focus 2", "Blackwire 3320", "Studio P5"),
      ...f("Cherry", "JK", 1, "KC 1000", "Stream Desktop", "MW 2310"),
      ...f("Dell", "KM", 1, "KM5221W", "MS3320W", "WB5023"),
      ...f("Lenovo", "4Y", 2, "ThinkPad TrackPoint Keyboard II", "Professional Wireless Mouse", "Select USB-C Webcam"),
      ...f("Kensington", "K7", 1, "Pro Fit Ergo", "Orbit trackball"),
    ],
    build(rng, family) {
      const m = family.model;
      const type = m.match(/Keys|Keyboard|KC|Stream|TrackPoint/)
        ? "Toetsenbord"
        : m.match(/MK295|KM5221W|Desktop/)
          ? "Toetsenbord en muis"
          : m.match(/Master|Mouse|M650|MW 2310|MS3320W|Ergo|trackball/)
            ? "Muis"
            : m.match(/Brio|C920|PanaCast|WB5023|Webcam|P5/)
              ? "Webcam"
              : "Headset";
      const wireless = m.match(/Wired|H390|Blackwire|C920|KC 1000|WB5023|Brio|Studio|PanaCast/) ? false : rng.chance(0.8);
      const connection = wireless ? rng.pick(["Bluetooth", "USB-A", "USB-C"]) : rng.pick(["USB-A", "USB-C"]);
      const layout = type.startsWith("Toetsenbord") ? rng.pick(["AZERTY (BE)", "AZERTY (BE)", "QWERTY (US)"]) : undefined;
      const warranty = rng.pick([1, 2, 3]);
      const noun = {
        Toetsenbord: "toetsenbord",
        "Toetsenbord en muis": "toetsenbord en muis",
        Muis: rng.pick(["muis", "muis", "ergonomische muis"]),
        Webcam: "webcam",
        Headset: rng.pick(["headset", "koptelefoon met microfoon"]),
      }[type];
      const name = join(
        family.brand,
        m,
        wireless ? (type === "Muis" ? "draadloze" : "draadloos") : "bedraad",
        noun,
        layout,
        rng.chance(0.3) && rng.pick(["zwart", "grafiet", "wit"]),
      );
      const description = join(
        {
          Toetsenbord: "Stil typen met een volledig toetsenbord inclusief numeriek klavier.",
          "Toetsenbord en muis": "Set van toetsenbord en muis voor elke werkplek.",
          Muis: "Nauwkeurige muis die ook op glas werkt, met stille klikken.",
          Webcam: "Full-HD-webcam met automatische belichting en privacyklepje, voor Teams en Zoom.",
          Headset: "Headset met ruisonderdrukkende microfoon, gecertificeerd voor Microsoft Teams.",
        }[type],
        wireless
          ? `Draadloze verbinding via ${connection === "Bluetooth" ? "Bluetooth" : `een ${connection}-ontvanger`}.`
          : `Aansluiting via ${connection}.`,
        `${warranty} jaar garantie.`,
      );
      const basePrice =
        { Toetsenbord: 45, "Toetsenbord en muis": 40, Muis: 30, Webcam: 80, Headset: 90 }[type] +
        family.tier * 35 +
        (wireless ? 20 : 0);
      const specs: Specs = { device_type: type, wireless, connection, warranty_years: warranty };
      if (layout) specs.layout = layout;
      return { name, description, specs, basePrice };
    },
  },
];

export type GeneratedOffer = Omit<OfferInput, "productId" | "supplierId"> & { supplier: number };
export type GeneratedEntry = { product: ProductInput & { category: string }; offers: GeneratedOffer[] };

export type CatalogueOptions = {
  seed: number;
  products: number;
  suppliers: number;
  /** Most offers per product (default 6); each product gets 1 to this many, three on average. */
  maxOffers?: number;
  /** Restrict to these categories, in equal shares (the demo); default all, weighted like the market. */
  categories?: readonly string[];
};

/** The catalogue, product by product: a generator, so 150,000 products never sit in memory at once. */
export function* generateCatalogue(options: CatalogueOptions): Generator<GeneratedEntry> {
  const rng = prng(options.seed);
  const generators = options.categories ? GENERATORS.filter((g) => options.categories!.includes(g.slug)) : GENERATORS;
  const totalWeight = generators.reduce((sum, g) => sum + (options.categories ? 1 : g.weight), 0);
  const maxOffers = Math.min(options.maxOffers ?? 6, options.suppliers);
  // Suppliers differ: some are cheaper, some deliver faster, some keep more stock.
  const supplierProfile = Array.from({ length: options.suppliers }, () => ({
    markup: 0.94 + rng.next() * 0.16,
    speed: rng.int(0, 4),
    stocked: 0.45 + rng.next() * 0.45,
    weight: 0.3 + rng.next(),
  }));
  const supplierWeights = supplierProfile.map((p) => p.weight);
  const supplierTotal = supplierWeights.reduce((a, b) => a + b, 0);
  const pickSupplier = () => {
    let r = rng.next() * supplierTotal;
    for (let i = 0; i < supplierWeights.length; i++) {
      r -= supplierWeights[i]!;
      if (r <= 0) return i;
    }
    return supplierWeights.length - 1;
  };
  for (let index = 0; index < options.products; index++) {
    let r = rng.next() * totalWeight;
    let generator = generators[0]!;
    for (const candidate of generators) {
      r -= options.categories ? 1 : candidate.weight;
      if (r <= 0) {
        generator = candidate;
        break;
      }
    }
    const family = rng.pick(generator.families);
    const built = generator.build(rng, family);
    const partNumber = `${family.prefix}${index.toString(36).toUpperCase().padStart(5, "0")}${rng.pick(["EA", "UK", "BE", "EU", "GE", "FR"])}${rng.int(10, 99)}`;
    const gtinBody = `5${String(400_000_000_00 + index).padStart(11, "0")}`.slice(0, 12);
    const product: GeneratedEntry["product"] = {
      manufacturer: family.brand,
      partNumber,
      gtin: rng.chance(0.9) ? `${gtinBody}${gtinCheckDigit(gtinBody)}` : null,
      name: built.name,
      description: built.description,
      category: generator.slug,
      specs: built.specs,
    };
    const offerCount = Math.min(maxOffers, 1 + Math.floor(rng.next() * rng.next() * (maxOffers + 1)) + (rng.chance(0.5) ? 1 : 0));
    const chosen = new Set<number>();
    while (chosen.size < offerCount) chosen.add(pickSupplier());
    const offers: GeneratedOffer[] = [...chosen].map((supplier) => {
      const profile = supplierProfile[supplier]!;
      const inStock = rng.chance(profile.stocked);
      const expired = rng.chance(0.02);
      return {
        supplier,
        supplierSku: `S${supplier.toString().padStart(2, "0")}-${partNumber}`,
        priceCents: euro(built.basePrice * profile.markup * (0.97 + rng.next() * 0.08)) * 100 - 1,
        vatRate: 21,
        stock: inStock ? rng.int(1, 400) : 0,
        leadTimeDays: inStock ? rng.int(1, 2 + profile.speed) : rng.int(3 + profile.speed, 25),
        minQuantity: rng.chance(0.05) ? rng.pick([2, 5, 10]) : 1,
        validFrom: "2025-01-01",
        validTo: expired ? "2025-12-31" : rng.chance(0.3) ? "2030-12-31" : null,
      };
    });
    yield { product, offers };
  }
}

/** Groups any iterable into arrays of `size`. */
export function* inBatches<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

/**
 * Writes generated entries in batches through the catalogue's own upserts. `supplierIds[i]` is
 * the organisation of supplier i; `lotFor` may attach offers to a framework lot.
 */
export async function loadCatalogue(
  db: DbOrTx,
  entries: Iterable<GeneratedEntry>,
  supplierIds: readonly string[],
  options: {
    lotFor?: (category: string, supplierId: string) => string | null;
    onBatch?: (done: number) => void | Promise<void>;
    batchSize?: number;
    /** Batches written at the same time (PostgreSQL only: PGlite has one connection). */
    concurrency?: number;
  } = {},
): Promise<{ products: number; offers: number }> {
  let products = 0;
  let offers = 0;
  // Workers pull batches from one shared (synchronous) iterator, so each batch is written once.
  const batches = inBatches(entries, options.batchSize ?? WRITE_BATCH_SIZE);
  const worker = async () => {
    for (let next = batches.next(); !next.done; next = batches.next()) await writeBatch(next.value);
  };
  const writeBatch = async (batch: GeneratedEntry[]) => {
    const written = await upsertProducts(
      db,
      batch.map((entry) => entry.product),
    );
    const idByKey = new Map(written.map((row) => [`${row.manufacturer}\u0000${row.partNumber}`, row.id]));
    const offerRows: OfferInput[] = [];
    for (const entry of batch) {
      const productId = idByKey.get(`${entry.product.manufacturer}\u0000${entry.product.partNumber.toUpperCase()}`)!;
      for (const { supplier, ...offer } of entry.offers) {
        const supplierId = supplierIds[supplier]!;
        offerRows.push({
          ...offer,
          productId,
          supplierId,
          frameworkLotId: options.lotFor?.(entry.product.category, supplierId) ?? null,
        });
      }
    }
    await upsertOffers(db, offerRows);
    products += batch.length;
    offers += offerRows.length;
    await options.onBatch?.(products);
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 1) }, worker));
  return { products, offers };
}
