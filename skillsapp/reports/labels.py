"""The words of the reports, in Vietnamese and English, kept apart from the layout code.

Vietnamese wording follows the usage of education-department documents (Decree 30/2020/NĐ-CP
style: "Nơi nhận", "Lưu: VT", "(để b/c)").
"""

from __future__ import annotations

from skillsapp.reports.document import Column

LABELS: dict[str, tuple[str, str]] = {
    # letterhead and closing
    "motto1": ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "SOCIALIST REPUBLIC OF VIETNAM"),
    "motto2": ("Độc lập - Tự do - Hạnh phúc", "Independence - Freedom - Happiness"),
    "number": ("Số: {number}/{code}", "No.: {number}/{code}"),
    "title": ("BÁO CÁO", "REPORT"),
    "recipients": ("Nơi nhận:", "Recipients:"),
    "to_department": ("{name} (để b/c);", "{name} (for information);"),
    "archive": ("Lưu: VT.", "Archive: office."),
    "principal": ("HIỆU TRƯỞNG", "PRINCIPAL"),
    "head_of_department": ("TRƯỞNG PHÒNG", "HEAD OF DEPARTMENT"),
    "teacher": ("GIÁO VIÊN CHỦ NHIỆM", "HOMEROOM TEACHER"),
    "sign_here": ("(Ký, ghi rõ họ tên)", "(Signature and full name)"),
    "director": ("GIÁM ĐỐC", "DIRECTOR"),
    "ward_committee": ("UBND {name}", "People's Committee of {name}"),
    "city_committee": ("UBND thành phố {place}", "{place} People's Committee"),
    "education_department": (
        "Sở Giáo dục và Đào tạo {province}",
        "Department of Education and Training {province}",
    ),
    "personal_notice": (
        "TÀI LIỆU CÓ THÔNG TIN CÁ NHÂN CỦA HỌC SINH",
        "CONTAINS PUPILS' PERSONAL DATA",
    ),
    "personal_footer": (
        "Tài liệu có thông tin cá nhân của học sinh: chỉ dùng trong nhà trường, không chia sẻ.",
        "Contains pupils' personal data: for use inside the school only, do not share.",
    ),
    "table_caption": ("Bảng {n}. {title}", "Table {n}. {title}"),
    # subjects and periods
    "subject_school": (
        "Kết quả giáo dục kỹ năng số, bảo vệ trẻ em trên môi trường mạng",
        "Results of digital skills and online safety education",
    ),
    "subject_department": (
        "Tổng hợp kết quả giáo dục kỹ năng số, bảo vệ trẻ em trên môi trường mạng của các trường",
        "Summary of the schools' digital skills and online safety education",
    ),
    "subject_class": (
        "Kết quả học kỹ năng số của lớp {name}",
        "Digital skills results of class {name}",
    ),
    "class_title": ("BÁO CÁO LỚP {name}", "CLASS REPORT {name}"),
    "period_year": ("năm học {year}", "school year {year}"),
    "period_hk1": ("học kỳ I năm học {year}", "semester 1 of school year {year}"),
    "period_hk2": ("học kỳ II năm học {year}", "semester 2 of school year {year}"),
    "period_month": ("tháng {month} năm {year}", "{month_name} {year}"),
    "period_range": ("từ ngày {start} đến ngày {end}", "from {start} to {end}"),
    "period_line": (
        "Kỳ báo cáo: {phrase} (từ {start} đến {end})",
        "Period: {phrase} ({start} to {end})",
    ),
    "intro_school": (
        "Thực hiện Quyết định số 830/QĐ-TTg ngày 01/6/2021 của Thủ tướng Chính phủ phê duyệt "
        "Chương trình “Bảo vệ và hỗ trợ trẻ em tương tác lành mạnh, sáng tạo trên môi trường "
        "mạng giai đoạn 2021-2025” và hướng dẫn của ngành giáo dục, {school} báo cáo kết quả "
        "thực hiện {phrase} như sau:",
        "Under Decision 830/QĐ-TTg of 1 June 2021 of the Prime Minister approving the programme "
        '"Protecting and supporting children to interact healthily and creatively online, '
        "2021-2025\" and the education sector's guidance, {school} reports its results for "
        "{phrase} as follows:",
    ),
    "intro_department": (
        "Thực hiện Quyết định số 830/QĐ-TTg ngày 01/6/2021 của Thủ tướng Chính phủ, trên cơ sở "
        "báo cáo của các trường, {agency} tổng hợp kết quả thực hiện {phrase} như sau:",
        "Under Decision 830/QĐ-TTg of 1 June 2021 of the Prime Minister, from the schools' "
        "reports, the {agency} summarises the results for {phrase} as follows:",
    ),
    "closing_school": (
        "Trên đây là báo cáo kết quả thực hiện {phrase} của {school}./.",
        "This is the report of {school} for {phrase}.",
    ),
    "closing_department": (
        "Trên đây là báo cáo tổng hợp kết quả thực hiện {phrase}./.",
        "This is the summary report for {phrase}.",
    ),
    "no_data": (
        "Trong kỳ báo cáo chưa ghi nhận buổi học hay hoạt động nào của chương trình.",
        "No lesson or activity of the programme was recorded in this period.",
    ),
    "no_data_class": (
        "Trong kỳ báo cáo lớp chưa có buổi học nào được ghi nhận.",
        "No lesson was recorded for this class in this period.",
    ),
    "small_note": (
        "Ghi chú: “<5” là nhóm dưới 5 học sinh; “x” là số liệu không công bố vì có thể suy ra "
        "nhóm đó. Không công bố để bảo vệ thông tin của trẻ.",
        'Note: "<5" marks a group of fewer than 5 pupils; "x" a figure that would give such '
        "a group away. They are not shown to protect children's data.",
    ),
    # section headings
    "s_results": ("KẾT QUẢ THỰC HIỆN", "RESULTS"),
    "s_tasks": ("TÌNH HÌNH THỰC HIỆN CÁC NHIỆM VỤ CỦA CHƯƠNG TRÌNH", "PROGRAMME TASKS"),
    "s_compare": ("SO SÁNH VỚI KỲ TRƯỚC", "COMPARISON WITH THE PREVIOUS PERIOD"),
    "s_assessment": ("ĐÁNH GIÁ CHUNG", "ASSESSMENT"),
    "s_reporting": ("TÌNH HÌNH BÁO CÁO CỦA CÁC TRƯỜNG", "SCHOOLS' REPORTING"),
    "s_per_school": ("KẾT QUẢ TỪNG TRƯỜNG", "RESULTS BY SCHOOL"),
    "h_classes": ("Lớp học được triển khai", "Classes reached"),
    "h_sessions": ("Số buổi học theo chủ đề và nhóm lớp", "Sessions by strand and grade band"),
    "h_pupils": ("Học sinh được học", "Pupils reached"),
    "h_attendance": ("Chuyên cần", "Attendance"),
    "h_quiz": ("Kết quả kiểm tra nhanh theo chủ đề", "Quiz results by strand"),
    "h_adults": (
        "Hoạt động với cha mẹ học sinh, giáo viên và cán bộ",
        "Sessions with parents, teachers and staff",
    ),
    "p_classes": (
        "Tổng số lớp: {classes}; số lớp đã tổ chức ít nhất một buổi học trong kỳ: {covered} "
        "({pct}). Một buổi học chưa phải là đã học chương trình: tiến độ theo kế hoạch bài học "
        "ở mục dưới.",
        "Classes: {classes}; classes with at least one session in the period: {covered} "
        "({pct}). One session is not the programme: progress through the lesson plan follows.",
    ),
    "p_pupils": (
        "Số học sinh được học ít nhất một buổi: {reached}/{enrolled} học sinh ({pct}).",
        "Pupils who attended at least one session: {reached} of {enrolled} ({pct}).",
    ),
    "p_attendance": (
        "Tỉ lệ chuyên cần: {pct} ({attended}/{counted} lượt; không tính {excused} lượt vắng có "
        "phép).",
        "Attendance: {pct} ({attended} of {counted} pupil-sessions; {excused} excused absences "
        "not counted).",
    ),
    "p_quiz": (
        "Điểm trung bình bài kiểm tra nhanh: {avg} số câu đúng; tỉ lệ học sinh đạt (từ một nửa "
        "số câu trở lên): {passed}.",
        "Average quiz score: {avg} of items right; pupils passing (half the items or more): "
        "{passed}.",
    ),
    "p_no_previous": (
        "Kỳ trước ({period}) chưa có số liệu để so sánh.",
        "There are no figures for the previous period ({period}) to compare with.",
    ),
    "h_plan_progress": ("Tiến độ theo kế hoạch bài học", "Progress through the lesson plan"),
    "p_plan_progress": (
        "Tính đến hết kỳ báo cáo, các lớp đã học {delivered}/{planned} bài theo kế hoạch "
        "({pct}); {complete}/{classes} lớp đã học đủ các bài.",
        "By the end of the period the classes have had {delivered} of {planned} planned "
        "lessons ({pct}); {complete} of {classes} classes have had every lesson.",
    ),
    "t_plan_progress": ("Tiến độ kế hoạch bài học theo khối", "Lesson plan progress by grade"),
    "t_class_plan": ("Tiến độ kế hoạch bài học từng lớp", "Lesson plan progress by class"),
    "n_plan_progress": (
        "Bài theo kế hoạch: số bài trong kế hoạch của khối lớp mình, cộng cho các lớp; đã dạy: bài "
        "trong kế hoạch lớp đã có ít nhất một buổi học tính từ đầu năm học đến hết kỳ. Học sinh "
        "học đủ: có mặt ở tất cả các bài lớp mình đã học.",
        "Planned: the lessons in each class's grade plan, added up; delivered: planned lessons "
        "the class has had a session of since the school year began, up to the period's end. "
        "Every lesson: pupils present at all the lessons their class has had.",
    ),
    "c_class": ("Lớp", "Class"),
    "c_classes_complete": ("Lớp học đủ bài", "Classes with every lesson"),
    "c_plan_lessons": ("Bài theo kế hoạch", "Planned lessons"),
    "c_plan_delivered": ("Bài đã dạy", "Lessons delivered"),
    "c_plan_pct": ("Tỉ lệ bài đã dạy", "Share delivered"),
    "c_pupils_active": ("Học sinh", "Pupils"),
    "c_pupils_all": ("Học sinh học đủ", "Pupils with every lesson"),
    "c_pupils_all_pct": ("Tỉ lệ học đủ", "Share with every lesson"),
    "chart_plan_title": (
        "Biểu đồ tỉ lệ bài đã dạy theo kế hoạch, theo khối",
        "Share of planned lessons delivered, by grade",
    ),
    "chart_plan": ("Tỉ lệ bài đã dạy (%)", "Lessons delivered (%)"),
    "t_grade_strand": (
        "Tỉ lệ bài đã dạy theo kế hoạch, theo chủ đề và khối",
        "Share of planned lessons delivered, by strand and grade",
    ),
    "c_all_grades": ("Các khối", "All grades"),
    "chart_grade_strand_title": (
        "Biểu đồ tỉ lệ bài đã dạy theo chủ đề (số thứ tự chủ đề) và khối",
        "Share of planned lessons delivered by strand (strand number) and grade",
    ),
    "chart_coverage_title": (
        "Biểu đồ số trường theo tỉ lệ bài đã dạy theo kế hoạch",
        "Schools by share of planned lessons delivered",
    ),
    "chart_coverage": ("Số trường", "Schools"),
    "c_last_package": ("Gói gần nhất", "Last package"),
    "never_sent": ("chưa gửi", "never"),
    "a_started_all": (
        "Tất cả {classes} lớp đã có ít nhất một buổi học trong kỳ.",
        "All {classes} classes had at least one session in the period.",
    ),
    "a_started_some": (
        "Còn {n}/{classes} lớp chưa có buổi học nào trong kỳ; cần bố trí thời gian cho các lớp "
        "này.",
        "{n} of {classes} classes had no session in the period; time must be found for them.",
    ),
    "a_plan_met": (
        "Các lớp đã học đủ {planned}/{planned} bài theo kế hoạch, đạt chỉ tiêu 100% số bài.",
        "The classes have had all {planned} planned lessons: the 100% target is met.",
    ),
    "a_plan_not_met": (
        "Chưa đạt chỉ tiêu 100%: các lớp mới học {delivered}/{planned} bài theo kế hoạch "
        "({pct}); {complete}/{classes} lớp đã học đủ các bài.",
        "The 100% target is not met: the classes have had {delivered} of {planned} planned "
        "lessons ({pct}); {complete} of {classes} classes have had every lesson.",
    ),
    "a_strands_missing": (
        "Còn {n} chủ đề chưa có buổi học nào trong kỳ: {names}.",
        "{n} strands had no session in the period: {names}.",
    ),
    "a_strands_all": (
        "Cả {n} chủ đề đều đã có buổi học trong kỳ.",
        "All {n} strands had sessions in the period.",
    ),
    "a_pupils_all": (
        "Số học sinh có mặt ở tất cả các bài lớp mình đã học: {n}/{total} ({pct}).",
        "Pupils present at every lesson their class has had: {n} of {total} ({pct}).",
    ),
    "a_tasks": (
        "Nhiệm vụ của chương trình: {done}/{total} đã thực hiện, {doing} đang thực hiện, {todo} "
        "chưa thực hiện.",
        "Programme tasks: {done} of {total} done, {doing} in progress, {todo} not started.",
    ),
    "a_reported": (
        "Đã có {reported}/{expected} trường gửi báo cáo.",
        "{reported} of {expected} schools have reported.",
    ),
    "a_missing_none": ("Tất cả các trường đã gửi báo cáo.", "Every school has reported."),
    "a_unreadable": (
        "Không đọc được số liệu của {n} trường ({codes}); đề nghị các trường gửi lại.",
        "The figures of {n} schools ({codes}) could not be read; they should send them again.",
    ),
    # the case register's counts (issue 20): counts only, never a code, date or note
    "s_cases": (
        "HỖ TRỢ TRẺ EM BỊ XÂM HẠI TRÊN MÔI TRƯỜNG MẠNG",
        "SUPPORT FOR CHILDREN HARMED ONLINE",
    ),
    "p_cases": (
        "Số trường hợp trẻ em bị xâm hại trên môi trường mạng được tiếp nhận trong kỳ: "
        "{received}; đã hỗ trợ: {supported}; đã chuyển tuyến: {referred}; đang theo dõi: {open}. "
        "Số ngày từ khi tiếp nhận đến việc làm đầu tiên (trung vị): {median}.",
        "Cases of children harmed online received in the period: {received}; supported: "
        "{supported}; referred out: {referred}; still open: {open}. Days from receipt to the "
        "first action (median): {median}.",
    ),
    "p_cases_none": (
        "Trong kỳ không tiếp nhận trường hợp trẻ em bị xâm hại trên môi trường mạng nào.",
        "No case of a child harmed online was received in the period.",
    ),
    "p_cases_unreadable": (
        "Sổ theo dõi trường hợp không đọc được (tệp bị hỏng), nên báo cáo chưa có số liệu này; "
        "cần khôi phục sổ từ bản sao lưu.",
        "The case register could not be read (its file is damaged), so this report lacks these "
        "figures; the register should be restored from a backup.",
    ),
    "p_cases_unreadable_schools": (
        "Không đọc được số trường hợp của {n} trường ({codes}); số liệu dưới đây chưa tính các "
        "trường này.",
        "The case counts of {n} schools ({codes}) could not be read; the figures below leave "
        "them out.",
    ),
    "p_cases_only_counts": (
        "Chỉ tổng hợp số lượng từ sổ theo dõi trường hợp (“<5”: dưới 5 trường hợp); báo cáo "
        "không có mã, ngày hay nội dung của trường hợp nào.",
        'Only counts from the case register ("<5": fewer than 5 cases); the report holds no '
        "case's code, date or details.",
    ),
    "median_days": ("{days} ngày", "{days} days"),
    "t_cases_kind": ("Trường hợp tiếp nhận theo loại", "Cases received by kind"),
    "t_cases_status": (
        "Tình trạng các trường hợp tiếp nhận trong kỳ",
        "Status of the cases received in the period",
    ),
    "c_case_kind": ("Loại xâm hại", "Kind of harm"),
    "c_case_status": ("Tình trạng", "Status"),
    "c_cases": ("Số trường hợp", "Cases"),
    "c_cases_total": ("Tổng số tiếp nhận", "Total received"),
    "casekind_cyberbullying": ("Bắt nạt trên mạng", "Cyberbullying"),
    "casekind_grooming": ("Dụ dỗ, làm quen để xâm hại", "Grooming"),
    "casekind_sextortion": ("Tống tiền bằng ảnh, lạm dụng hình ảnh", "Sextortion or image abuse"),
    "casekind_scam": ("Lừa đảo, cưỡng đoạt", "Scam or extortion"),
    "casekind_harmful_content": ("Tiếp xúc nội dung độc hại", "Harmful content exposure"),
    "casekind_other": ("Khác", "Other"),
    "casestatus_supported": ("Đã hỗ trợ", "Supported"),
    "casestatus_referred": ("Đã chuyển tuyến", "Referred out"),
    "casestatus_closed": ("Đã đóng (lý do khác)", "Closed (other reason)"),
    "casestatus_open": ("Đang theo dõi", "Still open"),
    # table titles and columns
    "t_grades": ("Lớp học theo khối", "Classes by grade"),
    "s_sites": ("KẾT QUẢ THEO ĐIỂM TRƯỜNG", "RESULTS BY SITE"),
    "t_sites": (
        "Lớp, buổi học và học sinh theo điểm trường",
        "Classes, sessions and pupils by site",
    ),
    "c_site": ("Điểm trường", "Site"),
    "main_site": ("Điểm chính", "Main site"),
    "t_band_strand": ("Số buổi học theo chủ đề", "Sessions by strand"),
    "t_band_domain": (
        "Số buổi học theo miền năng lực số (Thông tư số 02/2025/TT-BGDĐT)",
        "Sessions by digital competence domain (Circular No. 02/2025/TT-BGDĐT)",
    ),
    "n_band_domain": (
        "Mỗi buổi học được tính ở mọi miền năng lực mà bài học hướng tới, nên cộng các dòng "
        "có thể lớn hơn tổng số buổi học.",
        "A session counts under every domain its lesson teaches, so the rows may add up to "
        "more than the number of sessions.",
    ),
    "t_pupils": ("Học sinh được học theo khối và giới tính", "Pupils reached by grade and gender"),
    "t_attendance": ("Chuyên cần theo khối", "Attendance by grade"),
    "t_quiz": ("Kết quả kiểm tra nhanh theo chủ đề", "Quiz results by strand"),
    "t_own_lessons": ("Bài tự soạn của giáo viên đã dạy", "Teachers' own lessons taught"),
    "own_mark": ("(bài tự soạn)", "(own lesson)"),
    "c_version": ("Phiên bản", "Version"),
    "t_adults": ("Hoạt động với người lớn", "Sessions with adults"),
    "t_tasks": ("Nhiệm vụ của chương trình", "Programme tasks"),
    "t_compare": ("So sánh với kỳ trước", "Comparison with the previous period"),
    "t_schools": ("Kết quả từng trường", "Results by school"),
    "t_missing": ("Các trường chưa gửi báo cáo", "Schools that have not reported"),
    "c_no": ("TT", "No."),
    "c_grade": ("Khối", "Grade"),
    "c_classes": ("Số lớp", "Classes"),
    "c_covered": ("Lớp đã học", "Classes with sessions"),
    "c_covered_pct": ("Tỉ lệ lớp đã học", "Share of classes"),
    "c_sessions": ("Số buổi", "Sessions"),
    "c_strand": ("Chủ đề", "Strand"),
    "c_domain": ("Miền năng lực", "Competence domain"),
    "c_total": ("Tổng", "Total"),
    "c_enrolled_f": ("Sĩ số: nữ", "Enrolled: girls"),
    "c_enrolled_m": ("Sĩ số: nam", "Enrolled: boys"),
    "c_enrolled": ("Sĩ số", "Enrolled"),
    "c_reached_f": ("Được học: nữ", "Reached: girls"),
    "c_reached_m": ("Được học: nam", "Reached: boys"),
    "c_reached": ("Được học", "Reached"),
    "c_reached_pct": ("Tỉ lệ được học", "Share reached"),
    "c_attended": ("Lượt có mặt", "Attended"),
    "c_counted": ("Lượt tính chuyên cần", "Counted"),
    "c_excused": ("Vắng có phép", "Excused"),
    "c_attendance_pct": ("Tỉ lệ chuyên cần", "Attendance rate"),
    "c_attempts": ("Lượt làm bài", "Attempts"),
    "c_avg": ("Điểm TB (% câu đúng)", "Average (% right)"),
    "c_passed_pct": ("Tỉ lệ đạt", "Pass rate"),
    "c_tally_pct": ("Trả lời cả lớp: % đúng", "Whole-class: % right"),
    "c_activity": ("Hoạt động", "Activity"),
    "c_participants": ("Người tham dự", "Participants"),
    "c_task": ("Nhiệm vụ", "Task"),
    "c_status": ("Tình trạng", "Status"),
    "c_note": ("Ghi chú", "Notes"),
    "c_figure": ("Nội dung", "Figure"),
    "c_current": ("Kỳ này", "This period"),
    "c_previous": ("Kỳ trước", "Previous period"),
    "c_change": ("Chênh lệch", "Change"),
    "c_school": ("Trường", "School"),
    "c_code": ("Mã trường", "School code"),
    "c_district": ("Địa bàn", "Locality"),
    "c_received": ("Ngày nhận", "Received"),
    "c_done": ("Số trường đã thực hiện", "Schools done"),
    "c_doing": ("Đang thực hiện", "In progress"),
    "c_todo": ("Chưa thực hiện", "Not started"),
    "status_done": ("Đã thực hiện", "Done"),
    "status_doing": ("Đang thực hiện", "In progress"),
    "status_todo": ("Chưa thực hiện", "Not started"),
    "kind_parent_meeting": ("Họp, tuyên truyền cho cha mẹ học sinh", "Parent meetings"),
    "kind_staff_training": ("Tập huấn giáo viên, cán bộ", "Staff training"),
    "kind_school_event": ("Hoạt động chung của trường", "School events"),
    "strand_unknown": ("Bài không còn trong bộ bài", "Lessons no longer in the kit"),
    "grade_n": ("Khối {grade}", "Grade {grade}"),
    # comparison rows
    "r_classes_pct": ("Tỉ lệ lớp đã học (%)", "Classes with sessions (%)"),
    "r_sessions": ("Số buổi học", "Lesson sessions"),
    "r_reached": ("Học sinh được học", "Pupils reached"),
    "r_attendance": ("Tỉ lệ chuyên cần (%)", "Attendance rate (%)"),
    "r_quiz_avg": ("Điểm TB kiểm tra nhanh (% câu đúng)", "Quiz average (% right)"),
    "r_quiz_pass": ("Tỉ lệ đạt bài kiểm tra (%)", "Quiz pass rate (%)"),
    "r_parent_sessions": ("Buổi cho cha mẹ học sinh", "Parent sessions"),
    "r_parent_participants": ("Lượt cha mẹ tham dự", "Parents attending"),
    "r_staff_sessions": ("Buổi tập huấn giáo viên", "Staff training sessions"),
    "r_staff_participants": ("Lượt giáo viên tham dự", "Staff attending"),
    # class report
    "h_class_sessions": ("Các buổi học trong kỳ", "Sessions in the period"),
    "h_plan": ("Tiến độ theo kế hoạch bài học", "Progress through the lesson plan"),
    "h_chart": ("Biểu đồ chuyên cần và kết quả kiểm tra", "Attendance and quiz results"),
    "h_pupil_rows": ("Chuyên cần và kết quả của từng học sinh", "Each pupil's attendance and quiz"),
    "h_missed": ("Học sinh vắng buổi học", "Pupils who missed sessions"),
    "h_lesson_quiz": ("Kết quả kiểm tra theo bài", "Quiz results by lesson"),
    "h_items": ("Các câu hỏi nhiều học sinh trả lời sai nhất", "The most-missed quiz items"),
    "p_class_info": (
        "Lớp {name} (khối {grade}), năm học {year}; giáo viên chủ nhiệm: {teacher}; "
        "sĩ số: {pupils} học sinh; nhóm bài: {band}.",
        "Class {name} (grade {grade}), school year {year}; homeroom teacher: {teacher}; "
        "{pupils} pupils; lesson band: {band}.",
    ),
    "p_plan": (
        "Lớp đã học {done}/{total} bài trong kế hoạch bài học ({band}).",
        "The class has had {done} of the {total} lessons in the {band} plan.",
    ),
    "p_missed_none": ("Không có học sinh vắng buổi nào.", "No pupil missed a session."),
    "p_missed_key": ("P: vắng có phép.", "E: excused absence."),
    "excused_mark": (" (P)", " (E)"),
    "t_class_sessions": ("Các buổi học", "Sessions"),
    "t_plan": ("Kế hoạch bài học", "Lesson plan"),
    "t_pupil_rows": ("Từng học sinh", "Pupils"),
    "t_missed": ("Học sinh vắng", "Absences"),
    "t_lesson_quiz": ("Kiểm tra theo bài", "Quiz by lesson"),
    "t_items": ("Câu hỏi sai nhiều", "Most-missed items"),
    "c_date": ("Ngày", "Date"),
    "c_lesson": ("Bài học", "Lesson"),
    "c_order": ("Bài", "No."),
    "c_present": ("Có mặt", "Present"),
    "c_late": ("Muộn", "Late"),
    "c_absent": ("Vắng", "Absent"),
    "c_quiz_mode": ("Hình thức KT", "Quiz mode"),
    "c_held_on": ("Ngày học", "Held on"),
    "c_name": ("Họ và tên", "Full name"),
    "c_gender": ("Giới tính", "Gender"),
    "c_sessions_attended": ("Số buổi có mặt", "Attended"),
    "c_missed": ("Số buổi vắng", "Sessions missed"),
    "c_missed_days": ("Ngày vắng", "Dates missed"),
    "c_quizzes_passed": ("Bài KT đạt", "Passed"),
    "c_item": ("Câu", "Item"),
    "c_prompt": ("Nội dung câu hỏi", "Question"),
    "c_right": ("Số trả lời đúng", "Right"),
    "c_answers": ("Số trả lời", "Answers"),
    "c_right_pct": ("Tỉ lệ đúng", "% right"),
    "mode_pupil": ("Từng học sinh", "Each pupil"),
    "mode_class": ("Cả lớp giơ tay", "Whole class"),
    "mode_none": ("Không kiểm tra", "No quiz"),
    "gender_F": ("Nữ", "F"),
    "gender_M": ("Nam", "M"),
    "gender_": ("", ""),
    "chart_attendance": ("Chuyên cần (%)", "Attendance (%)"),
    "chart_quiz": ("Điểm TB kiểm tra (% câu đúng)", "Quiz average (% right)"),
    "not_held": ("chưa học", "not yet"),
    # printables
    "sheet_attendance": ("SỔ ĐIỂM DANH", "ATTENDANCE SHEET"),
    "sheet_quiz": ("PHIẾU GHI KẾT QUẢ KIỂM TRA NHANH", "QUIZ ANSWER SHEET"),
    "sheet_class": ("Lớp {name} – năm học {year}", "Class {name}, school year {year}"),
    "sheet_attendance_key": (
        "Ghi ngày học ở đầu cột. Đánh dấu: x có mặt, m đi muộn, v vắng, p vắng có phép.",
        "Write the date at the top of each column. Marks: x present, l late, a absent, e excused.",
    ),
    "sheet_lesson": ("Bài: {title}", "Lesson: {title}"),
    "sheet_date": (
        "Ngày học: ......../......../............",
        "Date: ......../......../............",
    ),
    "sheet_quiz_key": (
        "Ghi câu trả lời của từng học sinh: chữ cái (A-D), Đ/S, nhiều chữ cái khi chọn nhiều "
        "đáp án (+), số nhóm theo thứ tự các thẻ khi phân loại. Để trống nếu học sinh vắng.",
        "Write each pupil's answer: a letter (A-D), T/F, several letters for choose-all items "
        "(+), the group number of each card in order for sorting. Leave a row empty if absent.",
    ),
    "sheet_score": ("Số câu đúng", "Right"),
    "sheet_marks_key": (
        "Mỗi câu tô kín một ô (câu có dấu + thì tô mọi ô đúng). Muốn sửa thì tẩy thật sạch. "
        "Không viết, không gấp vào bốn ô vuông đen ở góc trang.",
        "Fill one bubble for each item (for items marked + fill every right one). To change an "
        "answer, rub it out cleanly. Do not write on or fold the four black corner squares.",
    ),
    "sheet_page": ("Trang {page}/{pages}", "Page {page} of {pages}"),
    "sheet_no_pupil": ("(chưa có học sinh)", "(no pupil)"),
    "family_to": ("Kính gửi: Cha mẹ học sinh lớp {name}", "To the families of class {name}"),
    # the lesson plan (kế hoạch bài dạy), reports/lesson_plan.py
    "plan_title": ("KẾ HOẠCH BÀI DẠY", "LESSON PLAN"),
    "plan_template_secondary": (
        "Theo khung kế hoạch bài dạy (Phụ lục IV, Công văn 5512/BGDĐT-GDTrH)",
        "After the lesson plan frame of Official Letter 5512/BGDĐT-GDTrH (Appendix IV)",
    ),
    "plan_template_primary": (
        "Theo gợi ý kế hoạch bài dạy của Công văn 2345/BGDĐT-GDTH",
        "After the lesson plan of Official Letter 2345/BGDĐT-GDTH",
    ),
    "plan_school_blank": ("Trường: ……………………", "School: ……………………"),
    "plan_subject_line": (
        "Hoạt động giáo dục: Kỹ năng số an toàn; lớp: {cls} (khối {grade}). "
        "Thời gian thực hiện: {periods} tiết ({minutes} phút)",
        "Educational activity: safe digital skills; class: {cls} (grade {grade}). "
        "Time: {periods} period ({minutes} minutes)",
    ),
    "plan_teacher_line": ("Họ và tên giáo viên: {name}", "Teacher: {name}"),
    "plan_competence": ("Năng lực số {code}: {name}", "Digital competence {code}: {name}"),
    "plan_qualities_line": (
        "Trách nhiệm, trung thực, nhân ái khi dùng mạng, thể hiện qua các điều học sinh ghi nhớ:",
        "Responsibility, honesty and kindness online, shown in what pupils take away:",
    ),
    "plan_equipment_teacher": ("- Giáo viên: {items}.", "- Teacher: {items}."),
    "plan_equipment_pupils": (
        "- Học sinh: vở ghi, bút; phiếu học tập và thẻ trả lời (nếu dùng).",
        "- Pupils: exercise book, pen; the handout and answer cards (if used).",
    ),
    "plan_s_objectives": ("MỤC TIÊU", "OBJECTIVES"),
    "plan_s_knowledge": ("Về kiến thức", "Knowledge"),
    "plan_s_competences": ("Về năng lực", "Competences"),
    "plan_s_qualities": ("Về phẩm chất", "Qualities"),
    "plan_s_equipment": ("THIẾT BỊ DẠY HỌC VÀ HỌC LIỆU", "TEACHING EQUIPMENT AND MATERIALS"),
    "plan_s_process": ("TIẾN TRÌNH DẠY HỌC", "TEACHING PROCESS"),
    "plan_activity": (
        "Hoạt động {n}: {name} ({minutes} phút)",
        "Activity {n}: {name} ({minutes} minutes)",
    ),
    "plan_phase_open": ("Mở đầu (xác định vấn đề)", "Opening (setting the problem)"),
    "plan_phase_learn": ("Hình thành kiến thức mới", "New knowledge"),
    "plan_phase_practice": ("Luyện tập", "Practice"),
    "plan_phase_apply": ("Vận dụng", "Application"),
    "plan_phase_open_primary": ("Khởi động", "Warm-up"),
    "plan_phase_learn_primary": ("Khám phá", "Discovery"),
    "plan_phase_practice_primary": ("Luyện tập, thực hành", "Practice"),
    "plan_phase_apply_primary": ("Vận dụng, trải nghiệm", "Application"),
    "plan_no_steps": (
        "(Bài học lồng ghép hoạt động này vào các hoạt động khác.)",
        "(The lesson folds this activity into the others.)",
    ),
    "plan_part_goal": ("a) Mục tiêu: {text}", "a) Goal: {text}"),
    "plan_part_content": ("b) Nội dung: {text}", "b) Content: {text}"),
    "plan_part_product": ("c) Sản phẩm: {text}", "c) Product: {text}"),
    "plan_part_run": ("d) Tổ chức thực hiện:", "d) How it is run:"),
    "plan_goal_practice": (
        "Học sinh vận dụng điều vừa học vào tình huống và trả lời câu hỏi kiểm tra nhanh.",
        "Pupils use what they learned on the scenario and answer the quick quiz.",
    ),
    "plan_goal_apply": (
        "Học sinh nêu được điều mình sẽ làm khi dùng mạng và biết tìm ai để được giúp đỡ.",
        "Pupils say what they will do online and know whom to ask for help.",
    ),
    "plan_product_quiz": (
        "Câu trả lời của học sinh cho {n} câu hỏi kiểm tra nhanh (lưu trong ứng dụng Kỹ năng số).",
        "Pupils' answers to the {n} quiz items (kept in the Kỹ năng số app).",
    ),
    "plan_product_answers": (
        "Câu trả lời, ý kiến của học sinh.",
        "Pupils' answers and ideas.",
    ),
    "plan_p_outcomes": ("YÊU CẦU CẦN ĐẠT", "EXPECTED OUTCOMES"),
    "plan_p_aids": ("ĐỒ DÙNG DẠY HỌC", "TEACHING AIDS"),
    "plan_p_activities": ("CÁC HOẠT ĐỘNG DẠY HỌC CHỦ YẾU", "MAIN TEACHING ACTIVITIES"),
    "plan_p_time": ("Thời gian", "Time"),
    "plan_p_teacher": ("Hoạt động của giáo viên", "What the teacher does"),
    "plan_p_pupils": ("Hoạt động của học sinh", "What the pupils do"),
    "plan_p_after": ("ĐIỀU CHỈNH SAU BÀI DẠY (NẾU CÓ)", "CHANGES AFTER THE LESSON (IF ANY)"),
    # xlsx/csv info
    "i_report": ("Báo cáo", "Report"),
    "i_school": ("Trường", "School"),
    "i_class": ("Lớp", "Class"),
    "i_period": ("Kỳ báo cáo", "Period"),
    "i_from": ("Từ ngày", "From"),
    "i_to": ("Đến ngày", "To"),
    "i_made": ("Ngày lập", "Made on"),
    "i_agency": ("Đơn vị", "Agency"),
    "i_sheet": ("Thông tin", "About"),
    "i_csv": ("Định dạng CSV", "CSV format"),
    "csv_excel-vi": (
        "Excel tiếng Việt: dấu ; ngăn cột, dấu , thập phân",
        "Excel in Vietnamese: ; between columns, , before decimals",
    ),
    "csv_standard": (
        "Chuẩn: dấu , ngăn cột, dấu . thập phân",
        "Standard: , between columns, . before decimals",
    ),
}

MONTHS_EN = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def columns(lang: str, *specs: tuple) -> tuple[Column, ...]:
    """Table columns from (label key, kind, relative width) specs; kind and width optional."""
    return tuple(Column(label(spec[0], lang), *spec[1:]) for spec in specs)


def label(key: str, lang: str, **params: object) -> str:
    vi, en = LABELS[key]
    text = en if lang == "en" else vi
    return text.format(**params) if params else text
