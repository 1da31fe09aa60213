package org.prasan.intake;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Thailand's 77 provinces (76 and Bangkok), with their Thai names. Names match without regard
 * to case, spaces or hyphens, so "Chonburi", "Chon Buri" and "ชลบุรี" are one province.
 */
public enum Province {
  BANGKOK("Bangkok", "กรุงเทพมหานคร", "Krung Thep Maha Nakhon"),
  AMNAT_CHAROEN("Amnat Charoen", "อำนาจเจริญ"),
  ANG_THONG("Ang Thong", "อ่างทอง"),
  BUENG_KAN("Bueng Kan", "บึงกาฬ"),
  BURI_RAM("Buri Ram", "บุรีรัมย์"),
  CHACHOENGSAO("Chachoengsao", "ฉะเชิงเทรา"),
  CHAI_NAT("Chai Nat", "ชัยนาท"),
  CHAIYAPHUM("Chaiyaphum", "ชัยภูมิ"),
  CHANTHABURI("Chanthaburi", "จันทบุรี"),
  CHIANG_MAI("Chiang Mai", "เชียงใหม่"),
  CHIANG_RAI("Chiang Rai", "เชียงราย"),
  CHON_BURI("Chon Buri", "ชลบุรี"),
  CHUMPHON("Chumphon", "ชุมพร"),
  KALASIN("Kalasin", "กาฬสินธุ์"),
  KAMPHAENG_PHET("Kamphaeng Phet", "กำแพงเพชร"),
  KANCHANABURI("Kanchanaburi", "กาญจนบุรี"),
  KHON_KAEN("Khon Kaen", "ขอนแก่น"),
  KRABI("Krabi", "กระบี่"),
  LAMPANG("Lampang", "ลำปาง"),
  LAMPHUN("Lamphun", "ลำพูน"),
  LOEI("Loei", "เลย"),
  LOP_BURI("Lop Buri", "ลพบุรี"),
  MAE_HONG_SON("Mae Hong Son", "แม่ฮ่องสอน"),
  MAHA_SARAKHAM("Maha Sarakham", "มหาสารคาม"),
  MUKDAHAN("Mukdahan", "มุกดาหาร"),
  NAKHON_NAYOK("Nakhon Nayok", "นครนายก"),
  NAKHON_PATHOM("Nakhon Pathom", "นครปฐม"),
  NAKHON_PHANOM("Nakhon Phanom", "นครพนม"),
  NAKHON_RATCHASIMA("Nakhon Ratchasima", "นครราชสีมา", "Korat"),
  NAKHON_SAWAN("Nakhon Sawan", "นครสวรรค์"),
  NAKHON_SI_THAMMARAT("Nakhon Si Thammarat", "นครศรีธรรมราช"),
  NAN("Nan", "น่าน"),
  NARATHIWAT("Narathiwat", "นราธิวาส"),
  NONG_BUA_LAM_PHU("Nong Bua Lam Phu", "หนองบัวลำภู"),
  NONG_KHAI("Nong Khai", "หนองคาย"),
  NONTHABURI("Nonthaburi", "นนทบุรี"),
  PATHUM_THANI("Pathum Thani", "ปทุมธานี"),
  PATTANI("Pattani", "ปัตตานี"),
  PHANGNGA("Phangnga", "พังงา"),
  PHATTHALUNG("Phatthalung", "พัทลุง"),
  PHAYAO("Phayao", "พะเยา"),
  PHETCHABUN("Phetchabun", "เพชรบูรณ์"),
  PHETCHABURI("Phetchaburi", "เพชรบุรี"),
  PHICHIT("Phichit", "พิจิตร"),
  PHITSANULOK("Phitsanulok", "พิษณุโลก"),
  PHRA_NAKHON_SI_AYUTTHAYA("Phra Nakhon Si Ayutthaya", "พระนครศรีอยุธยา", "Ayutthaya"),
  PHRAE("Phrae", "แพร่"),
  PHUKET("Phuket", "ภูเก็ต"),
  PRACHIN_BURI("Prachin Buri", "ปราจีนบุรี"),
  PRACHUAP_KHIRI_KHAN("Prachuap Khiri Khan", "ประจวบคีรีขันธ์"),
  RANONG("Ranong", "ระนอง"),
  RATCHABURI("Ratchaburi", "ราชบุรี"),
  RAYONG("Rayong", "ระยอง"),
  ROI_ET("Roi Et", "ร้อยเอ็ด"),
  SA_KAEO("Sa Kaeo", "สระแก้ว"),
  SAKON_NAKHON("Sakon Nakhon", "สกลนคร"),
  SAMUT_PRAKAN("Samut Prakan", "สมุทรปราการ"),
  SAMUT_SAKHON("Samut Sakhon", "สมุทรสาคร"),
  SAMUT_SONGKHRAM("Samut Songkhram", "สมุทรสงคราม"),
  SARABURI("Saraburi", "สระบุรี"),
  SATUN("Satun", "สตูล"),
  SI_SA_KET("Si Sa Ket", "ศรีสะเกษ", "Sisaket"),
  SING_BURI("Sing Buri", "สิงห์บุรี"),
  SONGKHLA("Songkhla", "สงขลา"),
  SUKHOTHAI("Sukhothai", "สุโขทัย"),
  SUPHAN_BURI("Suphan Buri", "สุพรรณบุรี"),
  SURAT_THANI("Surat Thani", "สุราษฎร์ธานี"),
  SURIN("Surin", "สุรินทร์"),
  TAK("Tak", "ตาก"),
  TRANG("Trang", "ตรัง"),
  TRAT("Trat", "ตราด"),
  UBON_RATCHATHANI("Ubon Ratchathani", "อุบลราชธานี"),
  UDON_THANI("Udon Thani", "อุดรธานี"),
  UTHAI_THANI("Uthai Thani", "อุทัยธานี"),
  UTTARADIT("Uttaradit", "อุตรดิตถ์"),
  YALA("Yala", "ยะลา"),
  YASOTHON("Yasothon", "ยโสธร");

  private static final Map<String, Province> BY_KEY = new HashMap<>();

  static {
    for (Province province : values()) {
      province.names.forEach(name -> BY_KEY.put(key(name), province));
    }
  }

  private final String englishName;
  private final String thaiName;
  private final List<String> names;

  Province(String englishName, String thaiName, String... aliases) {
    this.englishName = englishName;
    this.thaiName = thaiName;
    this.names = new java.util.ArrayList<>(List.of(englishName, thaiName));
    this.names.addAll(Arrays.asList(aliases));
  }

  public String englishName() {
    return englishName;
  }

  public String thaiName() {
    return thaiName;
  }

  public static Optional<Province> fromName(String name) {
    return Optional.ofNullable(BY_KEY.get(key(name)));
  }

  private static String key(String name) {
    String folded = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    return folded.replaceAll("[\\s\\-_.]", "").replace("province", "").replace("จังหวัด", "");
  }
}
