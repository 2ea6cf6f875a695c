/**
 * Hand-written Vietnamese cue words for names: titles and roles, honorifics, heads of organisation
 * and place names, media cues. Vietnamese writes "Ngoại trưởng Mỹ Antony Blinken" with no comma or
 * article, so these cues are what separates a role from the name it introduces. Written by us from
 * general knowledge of Vietnamese news style (MIT).
 */

/** Roles and titles written before a name; may be followed by a portfolio and an organisation/country. */
export const ROLE_HEADS = [
  'Tổng thống', 'Phó Tổng thống', 'Thủ tướng', 'Phó Thủ tướng', 'Chủ tịch', 'Phó Chủ tịch', 'Chủ tịch nước',
  'Tổng Bí thư', 'Bí thư', 'Bí thư Thứ nhất', 'Ngoại trưởng', 'Phó Ngoại trưởng', 'Trợ lý Ngoại trưởng',
  'Thứ trưởng Ngoại giao', 'Bộ trưởng', 'Thứ trưởng', 'Quốc vụ khanh', 'Tổng thư ký', 'Phó Tổng thư ký',
  'Phát ngôn viên', 'người phát ngôn', 'Người phát ngôn', 'nữ phát ngôn viên', 'Cố vấn', 'Cố vấn an ninh quốc gia',
  'Cố vấn An ninh Quốc gia', 'Điều phối viên', 'Đặc phái viên', 'Đặc sứ', 'Đại sứ', 'Tham tán', 'Lãnh sự', 'Tổng lãnh sự',
  'Tư lệnh', 'Tổng tư lệnh', 'Tổng Tham mưu trưởng', 'Tham mưu trưởng', 'Đô đốc', 'Tướng', 'Đại tướng', 'Thượng tướng',
  'Trung tướng', 'Thiếu tướng', 'Đại tá', 'Thượng tá', 'Trung tá', 'Thiếu tá', 'Đại úy', 'Thống chế',
  'Giám đốc', 'Tổng giám đốc', 'Phó Giám đốc', 'Giám đốc điều hành', 'Chủ nhiệm', 'Trưởng ban', 'Trưởng phòng',
  'Chánh văn phòng', 'Trưởng', 'Phó trưởng', 'Nghị sĩ', 'Thượng nghị sĩ', 'Hạ nghị sĩ', 'Chủ tịch Hạ viện', 'Chủ tịch Quốc hội',
  'Đại biểu', 'Quốc vương', 'Nhà vua', 'Vua', 'Hoàng tử', 'Công chúa', 'Nữ hoàng', 'Thái tử', 'Giáo hoàng',
  'Đức Giáo hoàng', 'Thị trưởng', 'Thống đốc', 'Tỉnh trưởng', 'Nhà lãnh đạo', 'nhà lãnh đạo', 'lãnh đạo', 'Lãnh đạo',
  'Lãnh tụ', 'Lãnh tụ tối cao', 'Chánh án', 'Viện trưởng', 'Hiệu trưởng', 'Giáo sư', 'Phó Giáo sư', 'Tiến sĩ',
  'Thạc sĩ', 'Bác sĩ', 'Luật sư', 'Nhà báo', 'Kỹ sư', 'Huấn luyện viên', 'HLV', 'Thủ môn', 'Tiền đạo', 'Tiền vệ',
  'Trung vệ', 'Hậu vệ', 'Ca sĩ', 'Nhạc sĩ', 'Diễn viên', 'Đạo diễn', 'Nghệ sĩ', 'Nhà văn', 'Nhà thơ', 'Họa sĩ',
  'Phóng viên', 'Trung sĩ', 'Binh sĩ', 'Nhà sáng lập', 'CEO', 'GS', 'PGS', 'TS', 'ThS', 'BS', 'PGS.TS', 'GS.TS',
  'NSND', 'NSƯT', 'ĐBQH', 'Đại biểu Quốc hội', 'Trợ lý', 'Phó Tư lệnh', 'Chỉ huy trưởng', 'Trưởng đoàn', 'Trưởng đại diện',
  // sport, entertainment, business and court news: what a person is, written before the name
  'tay vợt', 'cầu thủ', 'võ sĩ', 'vận động viên', 'VĐV', 'danh thủ', 'tay đua', 'kỳ thủ', 'ĐKVĐ', 'đương kim vô địch', 'nhà vô địch',
  'nữ ca sĩ', 'nam ca sĩ', 'nữ diễn viên', 'nam diễn viên', 'người mẫu', 'Hoa hậu', 'Á hậu', 'doanh nhân', 'tỷ phú', 'tỉ phú',
  'bị cáo', 'bị can', 'nghi phạm', 'nạn nhân', 'tài xế', 'lái xe', 'thợ mộc', 'nữ sinh', 'nam sinh', 'sinh viên', 'học sinh',
];

/** Portfolios written right after a role head and part of the role: "Bộ trưởng Quốc phòng", "Thứ trưởng Ngoại giao". */
export const PORTFOLIOS = [
  'Quốc phòng', 'Ngoại giao', 'Nội vụ', 'Tài chính', 'Tư pháp', 'Công an', 'Y tế', 'Giáo dục', 'Thương mại',
  'Công Thương', 'Năng lượng', 'Kinh tế', 'Ngân khố', 'An ninh Nội địa', 'Lục quân', 'Hải quân', 'Không quân',
  'Ngoại thương', 'Giao thông', 'Xây dựng', 'Nông nghiệp', 'Văn hóa', 'Thông tin', 'Truyền thông', 'Lao động',
  'Kế hoạch và Đầu tư', 'Tài nguyên và Môi trường', 'Khoa học và Công nghệ', 'Thống nhất', 'Đối ngoại', 'Tình báo',
];

/** Honorifics before a personal name; not part of the name. */
export const HONORIFICS = ['ông', 'bà', 'Ông', 'Bà', 'Sir', 'Dame', 'ngài', 'Ngài', 'cô', 'anh', 'chị', 'em', 'cụ', 'Cụ', 'bé', 'cháu', 'thầy', 'Thầy', 'cố', 'Đồng chí', 'đồng chí', 'Bác', 'nữ hoàng'];
/** Honorifics that are capitalised country names too ("Anh"): only a cue before a clear name. */
export const WEAK_HONORIFICS = new Set(['cô', 'anh', 'chị', 'em', 'cụ', 'bé', 'cháu', 'thầy', 'cố', 'bác']);

/**
 * Heads of organisation names; the name runs on with capitalised words and may end with the
 * country or body it belongs to ("Bộ Ngoại giao Triều Tiên"). `standalone` heads are names alone.
 * `en` gives the English canonical of the head with its capitalised words ("Bộ Quốc phòng").
 */
export const ORG_HEADS = [
  'Bộ', 'Hội đồng', 'Ủy ban', 'Uỷ ban', 'Tổ chức', 'Thông tấn xã', 'Tập đoàn', 'Công ty', 'Tổng công ty', 'Ngân hàng',
  'Quỹ', 'Viện', 'Học viện', 'Trường', 'Đại học', 'Bệnh viện', 'Đảng', 'Tòa án', 'Toà án', 'Viện kiểm sát', 'Sở', 'Cục', 'Tổng cục',
  'Ban', 'Văn phòng', 'Liên đoàn', 'Hiệp hội', 'Hội', 'Câu lạc bộ', 'CLB', 'Đài', 'Lực lượng', 'Quân đội', 'Hải quân',
  'Không quân', 'Lục quân', 'Bộ Tư lệnh', 'Bộ Chỉ huy', 'Bộ Tổng tham mưu', 'Trung tâm', 'Cơ quan', 'Liên minh', 'Mặt trận',
  'Diễn đàn', 'Quốc hội', 'Hạ viện', 'Thượng viện', 'Nghị viện', 'Đại sứ quán', 'Tổng lãnh sự quán',
  'Sứ quán', 'Phòng', 'Cửa hàng', 'UBND', 'HĐND', 'TAND', 'VKSND', 'Công an', 'Cảnh sát', 'Nhà máy', 'Hãng', 'Nhóm', 'Phong trào',
  'Cộng đồng', 'Hạm đội', 'Sư đoàn', 'Lữ đoàn', 'Trung đoàn', 'Quân khu', 'Binh đoàn',
  // a party's name keeps its head even in lower case ("đảng Cộng hòa", "đảng Lao động")
  'đảng',
];
// "Chính phủ Hàn Quốc" is a common noun before a country (the country is the entity), so it is no head.
export const STANDALONE_ORGS = new Set(['quốc hội', 'hạ viện', 'thượng viện', 'nghị viện', 'quân đội', 'hải quân', 'không quân', 'lục quân']);

/** English names for common government bodies, used to build canonicals such as "Ministry of Foreign Affairs (North Korea)". */
export const ORG_EN: Record<string, string> = {
  'bộ ngoại giao': 'Ministry of Foreign Affairs', 'bộ quốc phòng': 'Ministry of National Defence',
  'bộ công an': 'Ministry of Public Security', 'bộ tài chính': 'Ministry of Finance', 'bộ tư pháp': 'Ministry of Justice',
  'bộ nội vụ': 'Ministry of Home Affairs', 'bộ y tế': 'Ministry of Health', 'bộ thương mại': 'Ministry of Commerce',
  'bộ công thương': 'Ministry of Industry and Trade', 'bộ thống nhất': 'Ministry of Unification',
  'bộ năng lượng': 'Ministry of Energy', 'bộ tư lệnh': 'Command',
  'hội đồng an ninh quốc gia': 'National Security Council', 'hội đồng bảo an': 'Security Council',
  'hội đồng liên bang': 'Federation Council', 'quốc hội': 'National Assembly',
  'hạ viện': 'House of Representatives', 'thượng viện': 'Senate', 'quân đội': 'Armed Forces', 'hải quân': 'Navy',
  'không quân': 'Air Force', 'lục quân': 'Army', 'bộ tổng tham mưu': 'General Staff', 'đại sứ quán': 'Embassy',
  'thông tấn xã trung ương': 'Central News Agency', 'ngân hàng trung ương': 'Central Bank', 'tòa án tối cao': 'Supreme Court',
  'cơ quan tình báo quốc gia': 'National Intelligence Service',
};

/** Heads of place names that belong to the name ("Dải Gaza", "Bán đảo Triều Tiên", "sông Hồng"). */
export const LOC_HEADS = [
  'Dải', 'Bán đảo', 'bán đảo', 'Biển', 'biển', 'Vịnh', 'vịnh', 'Eo biển', 'eo biển', 'Quần đảo', 'quần đảo', 'Đảo', 'đảo',
  'Sông', 'sông', 'Núi', 'núi', 'Cao nguyên', 'cao nguyên', 'Sa mạc', 'sa mạc', 'Nghĩa trang', 'Sân bay', 'sân bay',
  'Cảng', 'Quảng trường', 'Vườn quốc gia', 'Đồng bằng', 'Đèo', 'đèo', 'Thung lũng', 'Cầu', 'Phố', 'Đường', 'Dãy núi', 'dãy núi',
  'Nhà thờ', 'Chùa', 'chùa', 'Đền', 'Cung điện', 'Sân vận động', 'sân vận động', 'hồ',
  // venues: transport hubs, halls, museums, parks ("Bến xe khách Móng Cái", "Nhà hát Lớn", "Bảo tàng Hà Nội")
  'Bến xe', 'Bến xe khách', 'Ga', 'Nhà ga', 'Bến cảng', 'Nhà hát', 'Bảo tàng', 'Công viên', 'Cung Văn hóa', 'Nhà thi đấu', 'Sân golf',
];

/**
 * Sector words of Vietnamese organisation names, which news often writes in lower case after the
 * capitalised head and first word ("Sở Nông nghiệp và phát triển nông thôn", "Phòng Cảnh sát điều tra
 * tội phạm về ma túy", "Công ty CP Vật tư Xuất nhập khẩu Tân Bình", "Ngân hàng BIDV Chi nhánh Bắc Sài
 * Gòn"). Nouns of a field, never verbs: a name is only carried on over them (see sectorTail).
 */
export const ORG_SECTOR_WORDS = [
  'nông nghiệp', 'nông thôn', 'phát triển', 'phát triển nông thôn', 'lao động', 'thương binh', 'xã hội', 'tài nguyên', 'môi trường',
  'giao thông', 'vận tải', 'xây dựng', 'công thương', 'kế hoạch', 'đầu tư', 'tài chính', 'ngoại giao', 'quốc phòng', 'an ninh',
  'tư pháp', 'nội vụ', 'y tế', 'giáo dục', 'đào tạo', 'khoa học', 'công nghệ', 'thông tin', 'truyền thông', 'văn hóa', 'thể thao',
  'du lịch', 'thực phẩm', 'dược', 'vệ sinh', 'an toàn', 'vệ sinh an toàn thực phẩm', 'phòng chống', 'phòng, chống', 'tội phạm',
  'ma túy', 'ma tuý', 'kinh tế', 'hình sự', 'điều tra', 'cảnh sát', 'chỉ đạo', 'quản lý', 'quản lý thị trường', 'thị trường',
  'thuế', 'hải quan', 'kiểm soát', 'thú y', 'chăn nuôi', 'thủy sản', 'thuỷ sản', 'lâm nghiệp', 'kiểm lâm', 'phòng cháy',
  'chữa cháy', 'cứu nạn', 'cứu hộ', 'thương mại', 'dịch vụ', 'xuất nhập khẩu', 'xuất khẩu', 'nhập khẩu', 'vật tư', 'sản xuất',
  'chế biến', 'cổ phần', 'trách nhiệm hữu hạn', 'một thành viên', 'chi nhánh', 'nhân dân', 'quốc tế', 'quốc gia', 'trung ương',
  'mỹ phẩm', 'tinh dầu', 'hương liệu', 'bất động sản', 'chứng khoán', 'bảo hiểm', 'bảo hiểm xã hội', 'tiết kiệm', 'năng lượng',
  'điện lực', 'dầu khí', 'khoáng sản', 'hàng không', 'hàng hải', 'đường sắt', 'bưu chính', 'viễn thông', 'phát thanh', 'truyền hình',
  'báo chí', 'xuất bản', 'nghệ thuật', 'biên phòng', 'cơ động', 'đặc nhiệm', 'trật tự', 'quản lý hành chính', 'thi hành án',
  'dân sự', 'phúc thẩm', 'sơ thẩm', 'bảo vệ', 'bảo tồn', 'thiên nhiên', 'động vật', 'hoang dã', 'đô thị', 'quy hoạch', 'kiến trúc',
];
/** Job nouns before "tại" + an employer ("nhà phân tích tại Jefferies"); role titles come from the gazetteer's roles. */
export const JOB_NOUNS = ['nhà phân tích', 'chuyên gia', 'nhân viên', 'đối tác', 'kỹ sư', 'nhà nghiên cứu', 'nghiên cứu viên', 'giảng viên',
  'cố vấn', 'luật sư', 'bác sĩ', 'nhà khoa học', 'lập trình viên', 'nhà đầu tư', 'quản lý', 'trưởng nhóm'];

/** Connectives between sector words inside a name ("… tội phạm về ma túy", "Nông nghiệp và phát triển nông thôn"). */
export const SECTOR_LINKS = new Set(['và', 'về']);

/** Words before a place name that are not part of it: the type of the place they introduce. */
export const PLACE_CUES: Record<string, 'GPE' | 'LOC'> = {
  'tỉnh': 'GPE', 'thành phố': 'GPE', 'TP': 'GPE', 'thủ đô': 'GPE', 'huyện': 'GPE', 'quận': 'GPE', 'thị xã': 'GPE',
  'thị trấn': 'GPE', 'xã': 'GPE', 'phường': 'GPE', 'bang': 'GPE', 'tiểu bang': 'GPE', 'thủ phủ': 'GPE', 'làng': 'GPE',
  'khu vực': 'LOC', 'vùng': 'LOC', 'miền': 'LOC', 'cảng': 'LOC', 'cầu': 'LOC', 'đường': 'LOC', 'phố': 'LOC',
  'nút giao': 'LOC', 'ngã tư': 'LOC', 'ngã ba': 'LOC', 'chợ': 'LOC', 'khu công nghiệp': 'LOC', 'khu đô thị': 'LOC',
  'chung cư': 'LOC', 'khu chung cư': 'LOC', 'tòa nhà': 'LOC', 'toà nhà': 'LOC', 'khu dân cư': 'LOC',
  'thôn': 'GPE', 'ấp': 'GPE', 'bản': 'GPE', 'xóm': 'GPE', 'khu phố': 'GPE', 'tổ dân phố': 'GPE', 'Thôn': 'GPE', 'Xã': 'GPE',
  'Phường': 'GPE', 'Huyện': 'GPE', 'Quận': 'GPE', 'Tỉnh': 'GPE', 'Làng': 'GPE', 'tại': 'GPE', 'ở': 'GPE', 'đến': 'GPE', 'tới': 'GPE', 'từ': 'GPE',
};
/** Abbreviated administrative units written with a full stop before the name ("P.Tân Phú", "H. Yên Phong"). */
export const PLACE_ABBREVIATIONS = new Set(['p', 'q', 'h', 'x', 'tp', 'tx', 'tt']);

/** Place cues that only suggest a place (a person can follow "tại"); they type only foreign single words. */
export const WEAK_PLACE_CUES = new Set(['tại', 'ở', 'đến', 'tới', 'từ']);

/** Words before a news outlet's name that are not part of it ("Báo Tiền Phong" → Tiền Phong). */
export const MEDIA_CUES = ['Báo', 'báo', 'tờ', 'Tờ', 'Hãng tin', 'hãng tin', 'Hãng thông tấn', 'hãng thông tấn', 'kênh', 'Kênh', 'tạp chí', 'Tạp chí', 'trang tin', 'Trang tin', 'nhật báo', 'Nhật báo', 'tuần báo', 'đài'];

/**
 * Lower-case words before a name that make it an organisation, not part of its name ("hãng hàng
 * không Vietjet", "công ty Pratt & Whitney", "CLB Hà Nội"). Capitalised, they are ORG_HEADS instead.
 */
export const ORG_CUES = [
  'hãng', 'hãng hàng không', 'hãng bay', 'hãng xe', 'hãng sản xuất', 'công ty', 'tập đoàn', 'ngân hàng', 'câu lạc bộ', 'đội bóng',
  'đội', 'nhóm nhạc', 'ban nhạc', 'doanh nghiệp', 'thương hiệu', 'nhãn hàng', 'quỹ',
  'đại học', 'bệnh viện', 'hiệp hội', 'liên đoàn', 'công ty con', 'chuỗi', 'hệ thống siêu thị', 'siêu thị', 'nhà băng', 'hãng tàu',
  'nhà sản xuất', 'nhà mạng', 'đài truyền hình', 'ông lớn', 'cửa hàng', 'nhà hàng', 'khách sạn', 'trường', 'trường học',
  'trường đại học', 'học viện', 'startup', 'mạng xã hội', 'nền tảng',
];

/** Words before a title that make it a work, an award or an event ("phim", "giải"), not a person. */
export const WORK_CUES = [
  'phim', 'bộ phim', 'tác phẩm', 'cuốn sách', 'cuốn', 'tiểu thuyết', 'ca khúc', 'bài hát', 'album', 'giải', 'giải thưởng',
  'chương trình', 'vở', 'vở kịch', 'series', 'show', 'gameshow', 'tạp chí', 'bộ truyện', 'truyện', 'MV', 'đĩa đơn', 'liên hoan phim',
  'LHP', 'hạng mục', 'danh hiệu', 'chiến dịch', 'game', 'trò chơi', 'phần mềm', 'ứng dụng', 'mang tên', 'tựa đề',
  'cúp', 'chiếc cúp', // the trophy names its competition ("cúp FA", "chiếc cúp Nhà vua")
];

/** Words right before a quoted name that make it a person's nickname or role, not a title ("chàng 'Bạch Tử Họa'"). */
export const PERSON_QUOTE_CUES = new Set(['chàng', 'nàng', 'gã', 'biệt danh', 'biệt hiệu', 'nghệ danh', 'vai']);

/** Honorifics and role heads that tell a person's gender, for linking "bà Clinton" to the right Clinton. */
export const MALE_CUES = new Set(['ông', 'ngài', 'anh', 'chú', 'cậu', 'sir']);
export const FEMALE_CUES = new Set(['bà', 'cô', 'chị', 'nữ', 'nàng', 'nữ hoàng', 'công chúa', 'hoa hậu']);

/** English words that make a capitalised run an organisation. */
export const ORG_WORDS = new Set([
  'times', 'post', 'news', 'agency', 'journal', 'herald', 'tribune', 'daily', 'press', 'telegraph', 'guardian', 'review',
  'group', 'corporation', 'corp', 'inc', 'ltd', 'company', 'bank', 'university', 'institute', 'party', 'council',
  'airlines', 'airways', 'motors', 'holdings', 'foundation', 'association', 'federation', 'union', 'network', 'tv',
  'radio', 'media', 'magazine', 'club', 'fc', 'electronics', 'technologies', 'systems', 'capital', 'partners', 'energy',
  'ministry', 'department', 'office', 'command', 'army', 'navy', 'force', 'commission', 'committee', 'organization',
  'organisation', 'center', 'centre', 'school', 'college', 'hospital', 'court', 'police', 'service', 'services',
  'air', 'airline', 'land', 'united', 'utd', 'city', 'rovers', 'athletic', 'pharma', 'telecom', 'mobile', 'motor', 'steel',
  'airport', 'studios', 'pictures', 'entertainment', 'records', 'labs', 'software', 'games', 'industries', 'international',
  'investment', 'securities', 'insurance', 'logistics', 'technology', 'co', 'plc', 'gmbh', 'ag', 'sa', 'jsc', 'ventures',
]);

/** First words of football clubs' names ("Real Madrid", "Inter Milan", "AC Milan", "Man City"): the city after them belongs to the club. */
export const CLUB_PREFIXES = new Set(['man', 'real', 'atletico', 'atlético', 'athletic', 'inter', 'sporting', 'fc', 'ac', 'as', 'ss', 'olympique', 'borussia', 'bayern', 'dynamo', 'dinamo', 'racing']);

/** Capitalised acronyms that are not names of organisations. */
export const NOT_ORG_ACRONYMS = new Set([
  'tp', 'uav', 'gdp', 'ceo', 'usd', 'vnd', 'vnđ', 'ai', 'cpi', 'fdi', 'oda', 'sars', 'hiv', 'aids', 'atm', 'thpt', 'thcs',
  'đh', 'mc', 'dj', 'tv', 'pc', 'sms', 'it', 'iq', 'vip', 'ok', 'km', 'gmt', 'utc', 'icbm', 'gps', 'usb', 'pdf', 'covid',
  'tphcm', 'hcm', 'bđs', 'kcn', 'ubnd', 'hđnd', 'tand', 'vksnd', 'clb', 'hlv', 'gs', 'pgs', 'ts', 'ths', 'bs', 'nsnd',
  'nsưt', 'đbqh', 'qđnd', 'cand', 'ctv', 'pv', 'btv', 'ảnh', 'video', 'clip', 'ii', 'iii', 'iv', 'vi', 'vii', 'viii',
  'ix', 'xi', 'xii', 'xx', 'xxi', 'ký', 'kỳ', 'ttx', 'vs', 'dna', 'adn', 'covid-19', 'sos', 'ufo', 'nft', 'ipo', 'esg',
  'hcv', 'hcb', 'hcđ', 'bks', 'pccc', 'cbcs', 'hđqt', 'hđxx', 'hđtv', 'đkvđ', 'vđv', 'tnhh', 'csgt', 'cstt', 'ttcp', 'lhp', 'sn', 'wifi', 'led', 'lng', 'cng', 'ev', 'suv', 'dn', 'dnnn', 'xk', 'nk', 'gtvt', 'thcs', 'mn', 'sgk', 'đt', 'tt', 'nxb',
]);

/** Middle syllables that make a capitalised Vietnamese run a personal name ("Liêu Thị Luyến"). */
export const MIDDLE_NAMES = new Set(['thị', 'văn']);

/** Lines whose capitalised runs are people (bylines: "Huyền Anh biên dịch"). */
export const PERSON_LINE_ROLES = new Set(['byline']);
